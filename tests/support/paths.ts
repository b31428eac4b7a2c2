import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const TMP = path.join(ROOT, "tests/.tmp");
/** Migrated and seeded once per test run by global-setup; each test file gets its own copy. */
export const TEMPLATE_DB = path.join(TMP, "template.db");
