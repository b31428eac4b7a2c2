-- The editor's closing greeting printed at the end of a 월호.
ALTER TABLE "Issue" ADD COLUMN "closing" TEXT NOT NULL DEFAULT '';
