import crypto from "node:crypto";
import { kstParts } from "~/utils/format";

// No 0/O, 1/I/L: order numbers are read aloud on the phone and typed from paper.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

/** "SD-20231201-7KQ3XM": the KST date of the order and six random characters. */
export function createOrderNumber(now = new Date()): string {
  const p = kstParts(now);
  const date = `${p.year}${String(p.month).padStart(2, "0")}${String(p.day).padStart(2, "0")}`;
  const bytes = crypto.randomBytes(6);
  const suffix = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join("");
  return `SD-${date}-${suffix}`;
}

export function createLookupToken(): string {
  return crypto.randomBytes(24).toString("base64url");
}

export function normalizeOrderNumber(input: string): string {
  return input.trim().toUpperCase().replace(/\s+/g, "");
}
