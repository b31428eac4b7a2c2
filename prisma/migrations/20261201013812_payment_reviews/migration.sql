-- CreateTable
CREATE TABLE "PaymentReview" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "orderId" INTEGER NOT NULL,
    "paymentId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "dedupeKey" TEXT NOT NULL,
    "eventId" TEXT,
    "paymentIntent" TEXT,
    "amount" INTEGER NOT NULL,
    "orderStatus" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    "resolvedById" INTEGER,
    CONSTRAINT "PaymentReview_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PaymentReview_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "PaymentReview_dedupeKey_key" ON "PaymentReview"("dedupeKey");

-- CreateIndex
CREATE INDEX "PaymentReview_status_createdAt_idx" ON "PaymentReview"("status", "createdAt");

-- CreateIndex
CREATE INDEX "PaymentReview_paymentId_idx" ON "PaymentReview"("paymentId");

