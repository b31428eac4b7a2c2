import { kstParts } from "~/utils/format";

// <input type="datetime-local"> carries no time zone: staff type Korean time, whatever the server's zone.
const KST_OFFSET_MS = 9 * 60 * 60 * 1000;
const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** "2024-01-05T14:00" (KST) → the instant; null when it isn't a real date and time. */
export function parseKstInput(value: string): Date | null {
  const m = LOCAL_PATTERN.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as number[];
  const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!);
  const check = new Date(utc);
  // Date.UTC rolls "02-30" over to March: refuse it rather than store another day.
  if (check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day! || hour! > 23 || minute! > 59) return null;
  return new Date(utc - KST_OFFSET_MS);
}

/** The instant as a datetime-local value in KST: "2024-01-05T14:00". */
export function toKstInput(input: Date | string | null | undefined): string {
  if (!input) return "";
  const p = kstParts(input);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
