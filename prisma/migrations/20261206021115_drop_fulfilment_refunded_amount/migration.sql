-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Fulfilment" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "orderId" INTEGER NOT NULL,
    "centerId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'NEW',
    "itemsTotal" INTEGER NOT NULL,
    "shippingFee" INTEGER NOT NULL,
    "surcharge" INTEGER NOT NULL DEFAULT 0,
    "acceptedAt" DATETIME,
    "shippedAt" DATETIME,
    "deliveredAt" DATETIME,
    "cancelledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Fulfilment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Fulfilment_centerId_fkey" FOREIGN KEY ("centerId") REFERENCES "Center" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Fulfilment" ("acceptedAt", "cancelledAt", "centerId", "createdAt", "deliveredAt", "id", "itemsTotal", "orderId", "shippedAt", "shippingFee", "status", "surcharge", "updatedAt") SELECT "acceptedAt", "cancelledAt", "centerId", "createdAt", "deliveredAt", "id", "itemsTotal", "orderId", "shippedAt", "shippingFee", "status", "surcharge", "updatedAt" FROM "Fulfilment";
DROP TABLE "Fulfilment";
ALTER TABLE "new_Fulfilment" RENAME TO "Fulfilment";
CREATE INDEX "Fulfilment_centerId_status_idx" ON "Fulfilment"("centerId", "status");
CREATE UNIQUE INDEX "Fulfilment_orderId_centerId_key" ON "Fulfilment"("orderId", "centerId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

