-- CreateTable
CREATE TABLE "SiteInfo" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT DEFAULT 1,
    "businessName" TEXT NOT NULL DEFAULT '',
    "representative" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "businessNumber" TEXT NOT NULL DEFAULT '',
    "mailOrderNumber" TEXT NOT NULL DEFAULT '',
    "privacyOfficerName" TEXT NOT NULL DEFAULT '',
    "privacyOfficerContact" TEXT NOT NULL DEFAULT '',
    "hostingProvider" TEXT NOT NULL DEFAULT '',
    "csHours" TEXT NOT NULL DEFAULT '',
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "PolicyVersion" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "kind" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "effectiveAt" DATETIME NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PolicyVersion_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OrderConsent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "orderId" INTEGER NOT NULL,
    "item" TEXT NOT NULL,
    "policyVersionId" INTEGER,
    "agreedAt" DATETIME NOT NULL,
    CONSTRAINT "OrderConsent_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "OrderConsent_policyVersionId_fkey" FOREIGN KEY ("policyVersionId") REFERENCES "PolicyVersion" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- New columns are added in place: rebuilding "Product" would drop its full-text search triggers.
ALTER TABLE "Product" ADD COLUMN "foodName" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Product" ADD COLUMN "foodType" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Product" ADD COLUMN "manufacturedOn" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Product" ADD COLUMN "nutrition" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Product" ADD COLUMN "gmo" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Product" ADD COLUMN "cautions" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Product" ADD COLUMN "imported" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Product" ADD COLUMN "consumerPhone" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Order" ADD COLUMN "isGift" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Order" ADD COLUMN "giftSender" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Order" ADD COLUMN "giftMessage" TEXT NOT NULL DEFAULT '';

CREATE INDEX "PolicyVersion_kind_effectiveAt_idx" ON "PolicyVersion"("kind", "effectiveAt");
CREATE UNIQUE INDEX "PolicyVersion_kind_version_key" ON "PolicyVersion"("kind", "version");
CREATE UNIQUE INDEX "OrderConsent_orderId_item_key" ON "OrderConsent"("orderId", "item");
