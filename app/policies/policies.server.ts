// The shop's policies: every published version is kept, the one in force is the newest whose effective
// date has come, and orders point at the versions their customer agreed to.
import type { CommandResult } from "~/utils/command-result";
import { recordAudit } from "~/audit/audit.server";
import { Prisma } from "~/generated/prisma/client";
import type { SiteInfo } from "~/site-info/site-info-fields";
import { getShownSiteInfo } from "~/site-info/site-info.server";
import { prisma } from "~/utils/db.server";
import { formatDate, formatPhone } from "~/utils/format";
import { renderMarkdown } from "~/utils/markdown.server";
import { POLICY_DRAFTS } from "./policy-drafts";
import { POLICY_KINDS, policyByKind, TO_FILL, type PolicyKind } from "./policy-kinds";
import { isUniqueViolation } from "~/utils/db-errors.server";

type Tx = Prisma.TransactionClient;

const versionSelect = {
  id: true,
  kind: true,
  version: true,
  effectiveAt: true,
  note: true,
  createdById: true,
} as const;

/**
 * A fresh database has no versions yet: the built-in drafts become version 1 (by nobody), so checkout
 * always has a text to point at; the launch checklist asks an admin to review them.
 */
async function ensureDrafts(db: Tx | typeof prisma = prisma) {
  const existing = await db.policyVersion.findMany({ where: { version: 1 }, select: { kind: true } });
  for (const { kind } of POLICY_KINDS) {
    if (existing.some((e) => e.kind === kind)) continue;
    try {
      await db.policyVersion.create({
        data: { kind, version: 1, body: POLICY_DRAFTS[kind], effectiveAt: new Date(0), note: "기본 초안" },
      });
    } catch (error) {
      // Two first requests at once: the other one wrote it.
      if (!isUniqueViolation(error)) throw error;
    }
  }
}

/** The version in force for each policy at `now`. */
export async function currentPolicyVersions(now = new Date()) {
  await ensureDrafts();
  const rows = await Promise.all(
    POLICY_KINDS.map(({ kind }) =>
      prisma.policyVersion.findFirstOrThrow({
        where: { kind, effectiveAt: { lte: now } },
        orderBy: [{ effectiveAt: "desc" }, { version: "desc" }],
        select: { ...versionSelect, body: true },
      }),
    ),
  );
  return Object.fromEntries(rows.map((r) => [r.kind, r])) as Record<PolicyKind, (typeof rows)[number]>;
}

export async function listPolicyVersions(kind: PolicyKind) {
  await ensureDrafts();
  return prisma.policyVersion.findMany({
    where: { kind },
    orderBy: { version: "desc" },
    select: { ...versionSelect, createdAt: true, createdBy: { select: { name: true } } },
  });
}

export function getPolicyVersion(kind: PolicyKind, version: number) {
  return prisma.policyVersion.findUnique({
    where: { kind_version: { kind, version } },
    select: { ...versionSelect, body: true },
  });
}

const EMPTY = "(등록 전)";

/** The seller's details and the producing centers, put into a policy's {{…}} slots. */
export async function policySlots(info?: SiteInfo) {
  const seller = info ?? (await getShownSiteInfo());
  const centers = await prisma.center.findMany({
    where: { products: { some: { visible: true } } },
    orderBy: [{ position: "asc" }, { name: "asc" }],
    select: { name: true, phone: true },
  });
  const v = (value: string) => value || EMPTY;
  return {
    상호: v(seller.businessName),
    대표자: v(seller.representative),
    주소: v(seller.address),
    전화: seller.phone ? formatPhone(seller.phone) : EMPTY,
    이메일: v(seller.email),
    보호책임자: v(seller.privacyOfficerName),
    "보호책임자 연락처": v(seller.privacyOfficerContact),
    "호스팅 서비스 제공자": v(seller.hostingProvider),
    "고객센터 운영시간": v(seller.csHours),
    "생산 센터": centers.length
      ? centers.map((c) => (c.phone ? `${c.name}(${formatPhone(c.phone)})` : c.name)).join(", ")
      : EMPTY,
  } satisfies Record<string, string>;
}

export function fillSlots(body: string, slots: Record<string, string>) {
  return body.replace(/\{\{([^}]+)\}\}/g, (match, name: string) => slots[name.trim()] ?? match);
}

export async function renderPolicy(body: string) {
  return renderMarkdown(fillSlots(body, await policySlots()));
}

/** Policies whose version in force is still the unreviewed draft or still has parts to fill. */
export async function unfinishedPolicies(now = new Date()) {
  const current = await currentPolicyVersions(now);
  return POLICY_KINDS.flatMap(({ kind, title, slug }) => {
    const row = current[kind];
    const toFill = [...row.body.matchAll(TO_FILL)].map((m) => m[0]);
    const problems = [
      ...(row.createdById === null ? ["관리자가 검토해 게시하지 않은 기본 초안입니다"] : []),
      ...toFill.map((t) => `${t} 부분이 남아 있습니다`),
    ];
    return problems.length ? [{ kind, title, slug, problems }] : [];
  });
}

export type PublishInput = { body: string; effectiveAt: Date; note: string };

/** A new version; the number is the next one, and a race between two admins is caught by the unique key. */
export async function publishPolicy(
  kind: PolicyKind,
  input: PublishInput,
  userId: number,
): Promise<CommandResult<{ version: number }, "RACED">> {
  await ensureDrafts();
  try {
    return await prisma.$transaction(async (tx) => {
      const last = await tx.policyVersion.findFirst({ where: { kind }, orderBy: { version: "desc" } });
      const version = (last?.version ?? 0) + 1;
      const row = await tx.policyVersion.create({ data: { kind, version, ...input, createdById: userId } });
      await recordAudit(
        {
          userId,
          action: "policy.publish",
          entity: "PolicyVersion",
          entityId: row.id,
          detail: `${policyByKind(kind).title} 제${version}판 (시행 ${formatDate(input.effectiveAt)})${input.note ? `: ${input.note}` : ""}`,
        },
        tx,
      );
      return { ok: true as const, data: { version } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      return { ok: false, reason: "RACED" };
    }
    throw error;
  }
}
