import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/** Per test run (set by global-setup, inherited by workers), so two runs at once never share files. */
export const TMP_ROOT = path.join(ROOT, "tests/.tmp");
export const TMP = path.join(TMP_ROOT, process.env.TEST_RUN_ID ?? "shared");
/** Migrated and seeded once per test run by global-setup; each test file gets its own copy. */
export const TEMPLATE_DB = path.join(TMP, "template.db");
