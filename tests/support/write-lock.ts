import { spawn } from "node:child_process";
import { ROOT } from "./paths";

/** Another process (as a backup or the user CLI would) holding the write lock of `file` for `ms`. */
export async function holdWriteLock(ms: number, file: string) {
  const child = spawn(
    process.execPath,
    [
      "-e",
      `const db = new (require("better-sqlite3"))(process.argv[1]); db.exec("BEGIN IMMEDIATE");
       console.log("locked"); setTimeout(() => { db.exec("ROLLBACK"); db.close(); }, ${ms});`,
      file,
    ],
    { cwd: ROOT },
  );
  const released = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  // Ending the process early lets its lock go, as a crashed backup's would.
  const release = () => (child.kill(), released);
  return { released, release };
}
