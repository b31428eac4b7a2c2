-- 1–2 character terms (청년, 김) go through the trigram index too: every trigram that starts with the term is
-- looked up in an fts5vocab table and matched as an OR of whole trigrams. Each column is indexed with two
-- trailing spaces so that a term at the very end of a column still starts a trigram ("청년" at the end of a
-- title gives "청년 "). The spaces never reach a reader: titles and snippets are read from the base tables.
DROP TRIGGER "article_fts_ai";
DROP TRIGGER "article_fts_au";
CREATE TRIGGER "article_fts_ai" AFTER INSERT ON "Article" BEGIN
  INSERT INTO "article_fts"(rowid, title, summary, body)
  VALUES (new."id", new."title" || '  ', new."summary" || '  ', new."bodyText" || '  ');
END;
CREATE TRIGGER "article_fts_au" AFTER UPDATE OF "title", "summary", "bodyText" ON "Article" BEGIN
  DELETE FROM "article_fts" WHERE rowid = old."id";
  INSERT INTO "article_fts"(rowid, title, summary, body)
  VALUES (new."id", new."title" || '  ', new."summary" || '  ', new."bodyText" || '  ');
END;
DELETE FROM "article_fts";
INSERT INTO "article_fts"(rowid, title, summary, body)
SELECT "id", "title" || '  ', "summary" || '  ', "bodyText" || '  ' FROM "Article";
CREATE VIRTUAL TABLE "article_fts_vocab" USING fts5vocab("article_fts", 'row');

DROP TRIGGER "product_fts_ai";
DROP TRIGGER "product_fts_au";
CREATE TRIGGER "product_fts_ai" AFTER INSERT ON "Product" BEGIN
  INSERT INTO "product_fts"(rowid, name, summary, description)
  VALUES (new."id", new."name" || '  ', new."summary" || '  ', new."description" || '  ');
END;
CREATE TRIGGER "product_fts_au" AFTER UPDATE OF "name", "summary", "description" ON "Product" BEGIN
  DELETE FROM "product_fts" WHERE rowid = old."id";
  INSERT INTO "product_fts"(rowid, name, summary, description)
  VALUES (new."id", new."name" || '  ', new."summary" || '  ', new."description" || '  ');
END;
DELETE FROM "product_fts";
INSERT INTO "product_fts"(rowid, name, summary, description)
SELECT "id", "name" || '  ', "summary" || '  ', "description" || '  ' FROM "Product";
CREATE VIRTUAL TABLE "product_fts_vocab" USING fts5vocab("product_fts", 'row');
