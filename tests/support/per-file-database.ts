import crypto from "node:crypto";
import path from "node:path";
import { freshDatabaseUrl } from "./database";
import { TMP } from "./paths";

// Every test file gets a private copy of the seeded database, so files run in parallel without
// seeing each other's writes. It must be in place before any app module creates the Prisma client.
process.env.DATABASE_URL = await freshDatabaseUrl(`test_${process.env.VITEST_POOL_ID ?? "0"}`);
// Uploaded images of this file's tests go to a private folder too, never into ./data/uploads.
process.env.UPLOADS_DIR = path.join(TMP, `uploads-${crypto.randomUUID()}`);
