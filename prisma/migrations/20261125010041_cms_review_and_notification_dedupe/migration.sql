-- Added with ALTER TABLE rather than Prisma's table rebuild: rebuilding "Article" would drop the
-- triggers that keep article_fts in sync (see 20261124000100_search).
ALTER TABLE "Article" ADD COLUMN "reviewNote" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Article" ADD COLUMN "submittedAt" DATETIME;

ALTER TABLE "Notification" ADD COLUMN "dedupeKey" TEXT;
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");
