import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { TEMPLATE_DB, TMP } from "./paths";

// Every test file gets a private copy of the seeded database, so files run in parallel without
// seeing each other's writes. It must be in place before any app module creates the Prisma client.
const file = path.join(TMP, `test-${process.env.VITEST_POOL_ID ?? "0"}-${crypto.randomUUID()}.db`);
fs.copyFileSync(TEMPLATE_DB, file);
process.env.DATABASE_URL = `file:${file}`;
// Uploaded images of this file's tests go to a private folder too, never into ./data/uploads.
process.env.UPLOADS_DIR = path.join(TMP, `uploads-${crypto.randomUUID()}`);
