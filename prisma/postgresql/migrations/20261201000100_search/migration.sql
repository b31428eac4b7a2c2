-- Korean search on PostgreSQL: pg_trgm GIN indexes serve ILIKE '%term%' for terms of 3+ characters
-- (trigrams of Hangul work under a UTF-8 database), the counterpart of SQLite's FTS5 trigram tables.
-- Terms of 1-2 characters have no trigram and scan the base table, as on SQLite.
-- (No semicolons in comments: the adapter splits migration scripts on them.)
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "Article_title_trgm_idx" ON "Article" USING gin ("title" gin_trgm_ops);
CREATE INDEX "Article_summary_trgm_idx" ON "Article" USING gin ("summary" gin_trgm_ops);
CREATE INDEX "Article_bodyText_trgm_idx" ON "Article" USING gin ("bodyText" gin_trgm_ops);

CREATE INDEX "Product_name_trgm_idx" ON "Product" USING gin ("name" gin_trgm_ops);
CREATE INDEX "Product_summary_trgm_idx" ON "Product" USING gin ("summary" gin_trgm_ops);
CREATE INDEX "Product_description_trgm_idx" ON "Product" USING gin ("description" gin_trgm_ops);
