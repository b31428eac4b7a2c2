-- DropIndex
DROP INDEX "Article_centerId_publishedAt_idx";

-- CreateIndex
CREATE INDEX "Article_centerId_status_publishedAt_issueId_idx" ON "Article"("centerId", "status", "publishedAt", "issueId");

-- CreateIndex
CREATE INDEX "Article_publishedAt_id_idx" ON "Article"("publishedAt", "id");

-- CreateIndex
CREATE INDEX "Article_id_status_publishedAt_issueId_idx" ON "Article"("id", "status", "publishedAt", "issueId");

