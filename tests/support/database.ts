import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { TEMPLATE_DB, TMP } from "./paths";

/** A fresh copy of the seeded database for a process started by a test (e.g. the built server). */
export function copyTemplateDatabase(label: string): string {
  const file = path.join(TMP, `${label}-${crypto.randomUUID()}.db`);
  fs.copyFileSync(TEMPLATE_DB, file);
  return file;
}
