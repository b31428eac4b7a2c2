// Run by the e2e web server command after the database is reset and seeded: adds test-only data.
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../app/generated/prisma/client";
import { resolveDatabaseFile } from "../../app/utils/database-url";
import { ensureSecondCenterProduct } from "../support/shop";

const prisma = new PrismaClient({
  adapter: new PrismaBetterSQLite3({ url: resolveDatabaseFile(process.env.DATABASE_URL) }),
});
await ensureSecondCenterProduct(prisma);
await prisma.$disconnect();
