// Staff accounts as the regional center's admin manages them (/admin/users). Every change is audited;
// a password reset or a disabled account ends that user's sessions at once.
import crypto from "node:crypto";
import { recordAudit } from "~/audit/audit.server";
import type { Prisma } from "~/generated/prisma/client";
import { dialect, prisma } from "~/utils/db.server";
import { CommandRefused, refusable, type CommandResult } from "~/utils/command-result";
import { hashPassword } from "./password.server";
import { ROLE_LABEL } from "./roles";
import type { CreateUserInput, UpdateUserInput } from "./user-form";

type Tx = Prisma.TransactionClient;

/** Why an account change was refused; `user-messages.ts` words each for the form. */
export type UserRefusalReason = "EMAIL_TAKEN" | "UNKNOWN_CENTER" | "LAST_ADMIN" | "OWN_ROLE" | "SELF_DISABLE";
type UserResult<T> = CommandResult<T, UserRefusalReason>;

export function listAdminUsers() {
  return prisma.user.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { role: "asc" }, { name: "asc" }],
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      disabledAt: true,
      center: { select: { shortName: true } },
      _count: { select: { sessions: { where: { expiresAt: { gt: new Date() } } } } },
    },
  });
}
export type AdminUserRow = Awaited<ReturnType<typeof listAdminUsers>>[number];

export function getAdminUser(id: number) {
  return prisma.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      centerId: true,
      disabledAt: true,
      createdAt: true,
      center: { select: { name: true } },
      _count: { select: { sessions: { where: { expiresAt: { gt: new Date() } } } } },
    },
  });
}

/** 12 random letters and digits, none that look alike (no 0/o, 1/l/i), grouped for reading aloud. */
export function generatePassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const chars = Array.from({ length: 12 }, () => alphabet[crypto.randomInt(alphabet.length)]);
  return [0, 4, 8].map((i) => chars.slice(i, i + 4).join("")).join("-");
}

async function centerName(tx: Tx, centerId: number | null | undefined) {
  if (!centerId) return "없음";
  const center = await tx.center.findUnique({ where: { id: centerId }, select: { shortName: true } });
  if (!center) throw new CommandRefused("UNKNOWN_CENTER");
  return center.shortName;
}

async function emailTaken(email: string, exceptId?: number) {
  const other = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  return other !== null && other.id !== exceptId;
}

/**
 * Refuses a change that would leave no enabled ADMIN besides `userId`. Two admins disabling each other at
 * once must not both pass: on PostgreSQL the enabled admins' rows are locked first, so the second transaction
 * counts after the first has committed (SQLite runs one write transaction at a time).
 */
async function assertAnotherAdmin(tx: Tx, userId: number) {
  if (dialect === "postgresql") {
    await tx.$queryRaw`SELECT "id" FROM "User" WHERE "role" = 'ADMIN' AND "disabledAt" IS NULL ORDER BY "id" FOR UPDATE`;
  }
  const others = await tx.user.count({ where: { role: "ADMIN", disabledAt: null, id: { not: userId } } });
  if (others === 0) throw new CommandRefused("LAST_ADMIN");
}

export async function createUser(
  input: CreateUserInput,
  actorId: number,
): Promise<UserResult<{ id: number; password: string }>> {
  if (await emailTaken(input.email)) return { ok: false, reason: "EMAIL_TAKEN" };
  const password = input.password ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const centerId = input.centerId ?? null;
  return refusable(async () => {
    const user = await prisma.$transaction(async (tx) => {
      const center = await centerName(tx, centerId);
      const created = await tx.user.create({
        data: { email: input.email, name: input.name, role: input.role, centerId, passwordHash },
      });
      const detail = `${created.name} <${created.email}> (${ROLE_LABEL[created.role]}, 센터 ${center})`;
      await recordAudit({ userId: actorId, action: "user.create", entity: "User", entityId: created.id, detail }, tx);
      return created;
    });
    return { ok: true, data: { id: user.id, password } };
  });
}

export async function updateUser(id: number, input: UpdateUserInput, actorId: number): Promise<UserResult<null>> {
  if (await emailTaken(input.email, id)) return { ok: false, reason: "EMAIL_TAKEN" };
  return refusable(async () => {
    await prisma.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id } });
      if (!before) throw new Response("Not Found", { status: 404 });
      if (before.role !== input.role) {
        if (id === actorId) throw new CommandRefused("OWN_ROLE");
        if (before.role === "ADMIN") await assertAnotherAdmin(tx, id);
      }
      const centerId = input.centerId ?? null;
      const changes: string[] = [];
      if (before.name !== input.name) changes.push(`이름 ${before.name} → ${input.name}`);
      if (before.email !== input.email) changes.push(`이메일 ${before.email} → ${input.email}`);
      if (before.role !== input.role) changes.push(`역할 ${ROLE_LABEL[before.role]} → ${ROLE_LABEL[input.role]}`);
      if (before.centerId !== centerId) {
        changes.push(`센터 ${await centerName(tx, before.centerId)} → ${await centerName(tx, centerId)}`);
      }
      if (changes.length === 0) return;
      await tx.user.update({
        where: { id },
        data: { name: input.name, email: input.email, role: input.role, centerId },
      });
      const detail = `${input.name}: ${changes.join("; ")}`;
      await recordAudit({ userId: actorId, action: "user.update", entity: "User", entityId: id, detail }, tx);
    });
    return { ok: true, data: null };
  });
}

/** Sets a new password (typed, or generated and returned to be shown once) and signs the user out everywhere. */
export async function resetPassword(id: number, typed: string | undefined, actorId: number) {
  const password = typed ?? generatePassword();
  const passwordHash = await hashPassword(password);
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id }, data: { passwordHash } });
    const ended = await tx.session.deleteMany({ where: { userId: id } });
    const detail = `${user.name}: 비밀번호 재설정 (로그인 ${ended.count}곳 종료)`;
    await recordAudit({ userId: actorId, action: "user.reset-password", entity: "User", entityId: id, detail }, tx);
    return { password };
  });
}

/**
 * Disables (or enables) an account. Disabling deletes its sessions in the same transaction, so it is
 * signed out at once. Nobody disables themselves, and the last enabled ADMIN stays.
 */
export async function setUserDisabled(id: number, disabled: boolean, actorId: number): Promise<UserResult<null>> {
  return refusable(async () => {
    await prisma.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id } });
      if (!user) throw new Response("Not Found", { status: 404 });
      if (disabled === (user.disabledAt !== null)) return;
      let detail = `${user.name}: 계정 다시 사용`;
      if (disabled) {
        if (id === actorId) throw new CommandRefused("SELF_DISABLE");
        if (user.role === "ADMIN") await assertAnotherAdmin(tx, id);
        const ended = await tx.session.deleteMany({ where: { userId: id } });
        detail = `${user.name}: 계정 사용 중지 (로그인 ${ended.count}곳 종료)`;
      }
      await tx.user.update({ where: { id }, data: { disabledAt: disabled ? new Date() : null } });
      const action = disabled ? "user.disable" : "user.enable";
      await recordAudit({ userId: actorId, action, entity: "User", entityId: id, detail }, tx);
    });
    return { ok: true, data: null };
  });
}
