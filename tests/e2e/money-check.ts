// Run after the e2e suite (global teardown): every order the browser tests made must still add up
// (tests/support/money-invariant.ts), on the database the suite's server used.
import { moneyInvariantViolations } from "../support/money-invariant";

const { prisma } = await import("~/utils/db.server");
const problems = await moneyInvariantViolations(prisma);
const orders = await prisma.order.count({ where: { payments: { some: {} } } });
await prisma.$disconnect();
if (problems.length > 0) {
  console.error(`money invariant broken after the e2e suite:\n${problems.join("\n")}`);
  process.exit(1);
}
console.log(`money invariant holds for ${orders} orders with payments`);
