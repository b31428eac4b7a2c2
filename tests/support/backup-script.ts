import { spawn } from "node:child_process";
import path from "node:path";
import { prisma } from "~/utils/db.server";
import { ROOT } from "./paths";
import { placedOrder } from "./place-order";
import { CUSTOMER, makeCart, variantId } from "./shop";

/** `npm run db:backup` / `db:restore` as an operator runs them: another process, the real script. */
export function runBackupScript(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; output: string }>((resolve) => {
    const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/db-backup.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
    });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

/**
 * Runs `db:backup --out <out>` on this file's database while orders keep being placed, as on a busy day.
 * Returns the script's result, the orders committed before it began and how many were committed while it ran.
 */
export async function backUpDuringOrders(out: string) {
  const jaban = await variantId(prisma, "naechingu-gim-jaban", "1봉");
  await prisma.productVariant.update({ where: { id: jaban }, data: { stock: 99_999 } });
  const committed: { number: string; at: number }[] = [];
  let streaming = true;
  const stream = (async () => {
    while (streaming) {
      const order = await placedOrder(await makeCart(prisma, [{ variantId: jaban, quantity: 1 }]), CUSTOMER);
      committed.push({ number: order.number, at: Date.now() });
      // better-sqlite3 answers synchronously: let timers and the backup process's events in between orders.
      await new Promise((r) => setImmediate(r));
    }
  })();
  for (let waited = 0; committed.length < 5; waited += 20) {
    if (waited > 10_000) throw new Error(`the order stream stalled: ${await Promise.race([stream, "still running"])}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  const started = Date.now();
  const made = await runBackupScript(["backup", "--out", out], {
    DATABASE_URL: process.env.DATABASE_URL!,
    UPLOADS_DIR: process.env.UPLOADS_DIR!,
  });
  const finished = Date.now();
  streaming = false;
  await stream;
  const before = committed.filter((o) => o.at < started).map((o) => o.number);
  const during = committed.filter((o) => o.at >= started && o.at <= finished).length;
  console.log(
    `backup took ${finished - started} ms; ${before.length} orders committed before it began, ${during} while it ran, ` +
      `${committed.length} in all`,
  );
  return { made, before, during };
}
