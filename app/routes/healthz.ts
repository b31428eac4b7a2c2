import { isPostgresUrl, resolveDatabaseFile } from "~/utils/database-url";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { checkDatabase } from "~/utils/health.server";
import { logger } from "~/utils/logger.server";

const headers = { "Content-Type": "text/plain", "Cache-Control": "no-store" };

/** For load balancers: 200 only when the database answers a real read and a short write in time. */
export async function loader() {
  const file = isPostgresUrl(env.DATABASE_URL) ? null : resolveDatabaseFile(env.DATABASE_URL);
  const health = await checkDatabase(prisma, file);
  if (health.ok) return new Response("ok", { headers });
  logger.warn({ problem: health.problem }, "healthz: database check failed");
  return new Response("database unavailable", { status: 503, headers });
}
