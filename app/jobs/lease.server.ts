import crypto from "node:crypto";
import { prisma } from "~/utils/db.server";
import { isUniqueViolation } from "~/utils/db-errors.server";

/** This process's name as a lease holder: unique per start, so a restarted instance is a new holder. */
export const INSTANCE_ID = `${process.pid}-${crypto.randomBytes(6).toString("hex")}`;

/**
 * Takes (or renews) the lease `name` for `ms` when it is free, expired or already ours. A conditional
 * update from the expected state, then a create for a lease that never existed: two instances racing
 * can't both win, under SQLite or PostgreSQL READ COMMITTED.
 */
export async function acquireLease(name: string, holder: string, ms: number, now = new Date()): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ms);
  const taken = await prisma.jobLease.updateMany({
    where: { name, OR: [{ expiresAt: { lte: now } }, { holder }] },
    data: { holder, expiresAt },
  });
  if (taken.count === 1) return true;
  try {
    await prisma.jobLease.create({ data: { name, holder, expiresAt } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export type PeriodicJob = { name: string; everyMs: number; run: (now: Date) => Promise<unknown> };

/**
 * Runs `job` every `everyMs` in whichever instance holds its lease (held for one period, so a crashed
 * holder is replaced a period later). Failures are logged and retried next round. Returns a stop function.
 */
export function startPeriodicJob(job: PeriodicJob, holder = INSTANCE_ID): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const now = new Date();
      if (await acquireLease(job.name, holder, job.everyMs, now)) await job.run(now);
    } catch (error) {
      console.error(`job ${job.name} failed`, error);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, job.everyMs);
  timer.unref(); // never what keeps the process alive
  void tick();
  return () => clearInterval(timer);
}
