// Centers as the regional center's admin manages them (/admin/centers).
import { recordAudit } from "~/audit/audit.server";
import { prisma } from "~/utils/db.server";
import { amountInputValue } from "~/utils/form-inputs";
import { formatPhone, formatWon } from "~/utils/format";
import type { CommandResult } from "~/utils/command-result";
import { CENTER_KINDS, type CenterInput } from "./center-form";
import { isUniqueViolation } from "~/utils/db-errors.server";

export function listAdminCenters() {
  return prisma.center.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: {
      id: true,
      slug: true,
      name: true,
      shortName: true,
      kind: true,
      phone: true,
      shippingFee: true,
      freeShippingThreshold: true,
      _count: { select: { products: true, users: true } },
    },
  });
}
export type AdminCenterRow = Awaited<ReturnType<typeof listAdminCenters>>[number];

/** Every center, for the selects of the product and user forms. */
export function listCenterChoices() {
  return prisma.center.findMany({
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { id: true, name: true },
  });
}

export function getAdminCenter(id: number) {
  return prisma.center.findUnique({ where: { id } });
}

/** The saved center as the form's default value: phone and amounts grouped ("062-123-4567", "3,000"). */
export function centerFormDefaults(center: NonNullable<Awaited<ReturnType<typeof getAdminCenter>>>) {
  return {
    name: center.name,
    shortName: center.shortName,
    slug: center.slug,
    kind: center.kind,
    representative: center.representative ?? "",
    address: center.address ?? "",
    phone: center.phone ? formatPhone(center.phone) : "",
    email: center.email ?? "",
    description: center.description,
    shippingFee: amountInputValue(center.shippingFee),
    freeShippingThreshold: amountInputValue(center.freeShippingThreshold),
  };
}

function centerData(input: CenterInput) {
  return {
    ...input,
    representative: input.representative || null,
    address: input.address || null,
    phone: input.phone || null,
    email: input.email || null,
  };
}

const LABELS: [keyof CenterInput, string][] = [
  ["name", "이름"],
  ["shortName", "짧은 이름"],
  ["slug", "주소"],
  ["kind", "종류"],
  ["representative", "대표자"],
  ["address", "주소지"],
  ["phone", "전화"],
  ["email", "이메일"],
  ["description", "소개"],
  ["shippingFee", "배송비"],
  ["freeShippingThreshold", "무료배송 기준"],
];

function shown(key: keyof CenterInput, value: unknown): string {
  if (value === null || value === undefined || value === "") return "(없음)";
  if (key === "shippingFee" || key === "freeShippingThreshold") return formatWon(Number(value));
  if (key === "phone") return formatPhone(String(value));
  if (key === "kind") return CENTER_KINDS.find((k) => k.value === value)?.label ?? String(value);
  if (key === "description") return "…";
  return String(value);
}

function describeChanges(before: Record<string, unknown>, after: Record<string, unknown>) {
  return LABELS.filter(([key]) => (before[key] ?? null) !== (after[key] ?? null)).map(([key, label]) =>
    key === "description" ? "소개 수정" : `${label} ${shown(key, before[key])} → ${shown(key, after[key])}`,
  );
}

async function slugTaken(slug: string, exceptId?: number) {
  const other = await prisma.center.findUnique({ where: { slug }, select: { id: true } });
  return other !== null && other.id !== exceptId;
}

/** A center save is refused only for an address another center has (`center-messages.ts`). */
type SaveResult = CommandResult<{ id: number }, "SLUG_TAKEN">;

export async function saveCenter(id: number | null, input: CenterInput, userId: number): Promise<SaveResult> {
  if (await slugTaken(input.slug, id ?? undefined)) return { ok: false, reason: "SLUG_TAKEN" };
  const data = centerData(input);
  try {
    return await prisma.$transaction(async (tx) => {
      if (id === null) {
        const created = await tx.center.create({ data });
        const detail = `${created.name} (배송비 ${formatWon(created.shippingFee)}, ${formatWon(created.freeShippingThreshold)} 이상 무료)`;
        await recordAudit({ userId, action: "center.create", entity: "Center", entityId: created.id, detail }, tx);
        return { ok: true as const, data: { id: created.id } };
      }
      const before = await tx.center.findUnique({ where: { id } });
      if (!before) throw new Response("Not Found", { status: 404 });
      const after = await tx.center.update({ where: { id }, data });
      const changes = describeChanges(before, after);
      if (changes.length) {
        const detail = `${after.name}: ${changes.join("; ")}`;
        await recordAudit({ userId, action: "center.update", entity: "Center", entityId: id, detail }, tx);
      }
      return { ok: true as const, data: { id } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, reason: "SLUG_TAKEN" };
    throw error;
  }
}
