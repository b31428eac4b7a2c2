-- CreateTable
CREATE TABLE "SettlementPayout" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "centerId" INTEGER NOT NULL,
    "month" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'CONFIRMED',
    "amount" INTEGER NOT NULL,
    "confirmedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "paidOn" TEXT,
    "memo" TEXT NOT NULL DEFAULT '',
    "paidAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "SettlementPayout_centerId_fkey" FOREIGN KEY ("centerId") REFERENCES "Center" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- Staff mail preferences: added in place (no table rebuild, so sessions and foreign keys are untouched).
ALTER TABLE "User" ADD COLUMN "notifyNewOrders" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "User" ADD COLUMN "notifyRequests" BOOLEAN NOT NULL DEFAULT true;

-- CreateIndex
CREATE INDEX "SettlementPayout_month_idx" ON "SettlementPayout"("month");

-- CreateIndex
CREATE UNIQUE INDEX "SettlementPayout_centerId_month_key" ON "SettlementPayout"("centerId", "month");

