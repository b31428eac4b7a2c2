// Run by the e2e web server command after the database is reset and seeded: adds test-only data.
import { createPrismaClient } from "../../app/utils/prisma-client";
import { ensureSecondCenterProduct } from "../support/shop";

const prisma = createPrismaClient(process.env.DATABASE_URL);
await ensureSecondCenterProduct(prisma);
await prisma.$disconnect();
