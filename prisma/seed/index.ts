// `npm run db:seed`: seeds the database named by DATABASE_URL if it is empty.
import { createPrismaClient } from "../../app/utils/prisma-client";
import { seedDemoAccounts } from "./demo-accounts";
import { isSeeded, seedContent } from "./seed";

const prisma = createPrismaClient(process.env.DATABASE_URL);

try {
  if (await isSeeded(prisma)) {
    console.log("Database already has content; seed skipped.");
  } else {
    const counts = await seedContent(prisma);
    const accounts = await seedDemoAccounts(prisma);
    console.log(
      `Seeded 2023년 12월호: ${counts.articles} articles, ${counts.centers} centers, ${counts.products} products, ${accounts} demo accounts.`,
    );
  }
} finally {
  await prisma.$disconnect();
}
