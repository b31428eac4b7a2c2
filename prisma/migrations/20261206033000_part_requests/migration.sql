-- CreateTable
CREATE TABLE "PartRequest" (
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
    "completedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PartRequest_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PartRequest_fulfilmentId_fkey" FOREIGN KEY ("fulfilmentId") REFERENCES "Fulfilment" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PartRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "PartRequest_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PartRequestEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "requestId" INTEGER NOT NULL,
    "userId" INTEGER,
    "action" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PartRequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "PartRequest" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PartRequestEvent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "PartRequest_openKey_key" ON "PartRequest"("openKey");

-- CreateIndex
CREATE INDEX "PartRequest_status_kind_idx" ON "PartRequest"("status", "kind");

-- CreateIndex
CREATE INDEX "PartRequest_fulfilmentId_idx" ON "PartRequest"("fulfilmentId");

-- CreateIndex
CREATE INDEX "PartRequest_orderId_idx" ON "PartRequest"("orderId");

-- CreateIndex
CREATE INDEX "PartRequestEvent_requestId_createdAt_idx" ON "PartRequestEvent"("requestId", "createdAt");

