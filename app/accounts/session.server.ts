import crypto from "node:crypto";
import { createCookie, redirect } from "@remix-run/node";
import { prisma } from "~/utils/db.server";
import { env } from "~/utils/env.server";
import { verifyAgainstNothing, verifyPassword } from "./password.server";
import type { Role } from "./roles";

export const SESSION_DAYS = 14;

const sessionCookie = createCookie("sd_session", {
  httpOnly: true,
  sameSite: "lax",
  secure: env.NODE_ENV === "production",
  path: "/",
  maxAge: SESSION_DAYS * 24 * 60 * 60,
  secrets: [env.SESSION_SECRET],
});

/** Email + password check. Unknown email, wrong password and disabled account look the same. */
export async function authenticate(email: string, password: string) {
  const user = await prisma.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) return verifyAgainstNothing(password).then(() => null);
  const ok = await verifyPassword(user.passwordHash, password);
  return ok && !user.disabledAt ? user : null;
}

/** Starts a database-backed session and returns the Set-Cookie header for it. */
export async function createSession(userId: number, now = new Date()) {
  const id = crypto.randomBytes(32).toString("base64url");
  await prisma.session.create({ data: { id, userId, expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000) } });
  return sessionCookie.serialize(id);
}

async function sessionId(request: Request): Promise<string | null> {
  const value = await sessionCookie.parse(request.headers.get("Cookie"));
  return typeof value === "string" ? value : null;
}

// A page's loaders (layout and child) run at the same time and each ask who is signed in: concurrent GETs
// with the same cookie share one read while it is in flight (Remix hands each loader its own Request, so
// the cookie is the key). Nothing is kept after it: a later request, or an action, reads afresh.
const readsInFlight = new Map<string, ReturnType<typeof readUser>>();

/** The signed-in user, or null: the session must exist, be unexpired and belong to an enabled account. */
export function getUser(request: Request) {
  const cookie = request.headers.get("Cookie");
  if (!cookie || (request.method !== "GET" && request.method !== "HEAD")) return readUser(request);
  let user = readsInFlight.get(cookie);
  if (!user) {
    user = readUser(request).finally(() => readsInFlight.delete(cookie));
    readsInFlight.set(cookie, user);
  }
  return user;
}

async function readUser(request: Request) {
  const id = await sessionId(request);
  if (!id) return null;
  const session = await prisma.session.findUnique({
    where: { id },
    select: {
      expiresAt: true,
      user: { select: { id: true, email: true, name: true, role: true, centerId: true, disabledAt: true } },
    },
  });
  if (!session || session.expiresAt <= new Date() || session.user.disabledAt) return null;
  const { disabledAt: _disabledAt, ...user } = session.user;
  return user;
}
export type SessionUser = NonNullable<Awaited<ReturnType<typeof getUser>>>;

/** Ends the session in the database (so the cookie is worthless) and clears the cookie. */
export async function destroySession(request: Request) {
  const id = await sessionId(request);
  if (id) await prisma.session.deleteMany({ where: { id } });
  return sessionCookie.serialize("", { maxAge: 0 });
}

function loginRedirect(request: Request): never {
  const url = new URL(request.url);
  throw redirect(`/login?${new URLSearchParams({ redirectTo: `${url.pathname}${url.search}` })}`);
}

/** Signed in, or off to /login?redirectTo=… */
export async function requireUser(request: Request): Promise<SessionUser> {
  return (await getUser(request)) ?? loginRedirect(request);
}

/** Signed in with one of `roles`, else 403. */
export async function requireRole(request: Request, roles: Role[]): Promise<SessionUser> {
  const user = await requireUser(request);
  if (!roles.includes(user.role)) throw new Response("Forbidden", { status: 403 });
  return user;
}

/** Center staff bound to a center: queries for center data take this centerId, never one from the request. */
export async function requireCenterStaff(request: Request): Promise<SessionUser & { centerId: number }> {
  const user = await requireRole(request, ["CENTER_STAFF"]);
  if (user.centerId === null) throw new Response("Forbidden", { status: 403 });
  return { ...user, centerId: user.centerId };
}
