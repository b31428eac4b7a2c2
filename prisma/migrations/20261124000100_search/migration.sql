-- Korean full-text search. The trigram tokenizer matches any substring of 3+ characters, which suits
-- Korean (no word segmentation needed); 1–2 character terms are matched with LIKE on the base tables.
-- These tables are listed under tables.external in prisma.config.ts so Migrate leaves them alone
-- (prisma/prisma#8106). Triggers keep them in sync with Article and Product.

CREATE VIRTUAL TABLE "article_fts" USING fts5(title, summary, body, tokenize = 'trigram');

CREATE TRIGGER "article_fts_ai" AFTER INSERT ON "Article" BEGIN
  INSERT INTO "article_fts"(rowid, title, summary, body) VALUES (new."id", new."title", new."summary", new."bodyText");
END;

CREATE TRIGGER "article_fts_au" AFTER UPDATE OF "title", "summary", "bodyText" ON "Article" BEGIN
  DELETE FROM "article_fts" WHERE rowid = old."id";
  INSERT INTO "article_fts"(rowid, title, summary, body) VALUES (new."id", new."title", new."summary", new."bodyText");
END;

CREATE TRIGGER "article_fts_ad" AFTER DELETE ON "Article" BEGIN
  DELETE FROM "article_fts" WHERE rowid = old."id";
END;

INSERT INTO "article_fts"(rowid, title, summary, body) SELECT "id", "title", "summary", "bodyText" FROM "Article";

CREATE VIRTUAL TABLE "product_fts" USING fts5(name, summary, description, tokenize = 'trigram');

CREATE TRIGGER "product_fts_ai" AFTER INSERT ON "Product" BEGIN
  INSERT INTO "product_fts"(rowid, name, summary, description) VALUES (new."id", new."name", new."summary", new."description");
END;

CREATE TRIGGER "product_fts_au" AFTER UPDATE OF "name", "summary", "description" ON "Product" BEGIN
  DELETE FROM "product_fts" WHERE rowid = old."id";
  INSERT INTO "product_fts"(rowid, name, summary, description) VALUES (new."id", new."name", new."summary", new."description");
END;

CREATE TRIGGER "product_fts_ad" AFTER DELETE ON "Product" BEGIN
  DELETE FROM "product_fts" WHERE rowid = old."id";
END;

INSERT INTO "product_fts"(rowid, name, summary, description) SELECT "id", "name", "summary", "description" FROM "Product";
