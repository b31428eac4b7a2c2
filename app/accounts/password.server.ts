import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (OWASP's recommended m=19 MiB, t=2, p=1).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the email is unknown keeps both failures equally slow.
let dummyHash: Promise<string> | null = null;
export async function verifyAgainstNothing(password: string) {
  dummyHash ??= hash("not-a-real-password-for-timing-only");
  await verifyPassword(await dummyHash, password);
  return false;
}
