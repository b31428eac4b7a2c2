-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PartRequest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "orderId" INTEGER NOT NULL,
    "fulfilmentId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "origin" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "reasonCode" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "openKey" TEXT,
    "requestedById" INTEGER,
    "answeredById" INTEGER,
    "answerNote" TEXT NOT NULL DEFAULT '',
    "answeredAt" DATETIME,
    "refundId" INTEGER,
    "refundAmount" INTEGER,
    "returnFee" INTEGER NOT NULL DEFAULT 0,
    "photoId" INTEGER,
    "collectedAt" DATETIME,
    "completedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PartRequest_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PartRequest_fulfilmentId_fkey" FOREIGN KEY ("fulfilmentId") REFERENCES "Fulfilment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PartRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "PartRequest_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "PartRequest_photoId_fkey" FOREIGN KEY ("photoId") REFERENCES "Image" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_PartRequest" ("answerNote", "answeredAt", "answeredById", "completedAt", "createdAt", "fulfilmentId", "id", "kind", "note", "openKey", "orderId", "origin", "reasonCode", "refundAmount", "refundId", "requestedById", "status", "updatedAt") SELECT "answerNote", "answeredAt", "answeredById", "completedAt", "createdAt", "fulfilmentId", "id", "kind", "note", "openKey", "orderId", "origin", "reasonCode", "refundAmount", "refundId", "requestedById", "status", "updatedAt" FROM "PartRequest";
DROP TABLE "PartRequest";
ALTER TABLE "new_PartRequest" RENAME TO "PartRequest";
CREATE UNIQUE INDEX "PartRequest_openKey_key" ON "PartRequest"("openKey");
CREATE INDEX "PartRequest_status_kind_idx" ON "PartRequest"("status", "kind");
CREATE INDEX "PartRequest_fulfilmentId_idx" ON "PartRequest"("fulfilmentId");
CREATE INDEX "PartRequest_orderId_idx" ON "PartRequest"("orderId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

