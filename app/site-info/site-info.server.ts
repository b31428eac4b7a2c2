// The seller information (one row), read by every public page's footer and edited by the ADMIN.
import { recordAudit } from "~/audit/audit.server";
import { cachedContent } from "~/utils/content-cache.server";
import { prisma } from "~/utils/db.server";
import { formatPhone } from "~/utils/format";
import { SITE_INFO_FIELDS, WEBZINE_SITE_INFO, type SiteInfo } from "./site-info-fields";

const pick = (row: SiteInfo): SiteInfo =>
  Object.fromEntries(SITE_INFO_FIELDS.map((f) => [f.name, row[f.name]])) as SiteInfo;

/** The saved row, or what the webzine says until an admin first saves the page. */
/** For every page's footer: kept in the content cache (a save bumps the content version). */
export function getShownSiteInfo(): Promise<SiteInfo> {
  return cachedContent("site-info", getSiteInfo);
}

export async function getSiteInfo(): Promise<SiteInfo> {
  const row = await prisma.siteInfo.findUnique({ where: { id: 1 } });
  return row ? pick(row) : { ...WEBZINE_SITE_INFO };
}

/** The fields still empty, for the launch checklist. */
export function missingSiteInfo(info: SiteInfo) {
  return SITE_INFO_FIELDS.filter((f) => f.required && !info[f.name].trim());
}

function shown(name: keyof SiteInfo, value: string) {
  if (!value) return "(비어 있음)";
  return name === "phone" ? formatPhone(value) : value;
}

export async function saveSiteInfo(input: SiteInfo, userId: number) {
  return prisma.$transaction(async (tx) => {
    const before = (await tx.siteInfo.findUnique({ where: { id: 1 } })) ?? WEBZINE_SITE_INFO;
    await tx.siteInfo.upsert({ where: { id: 1 }, create: { id: 1, ...input }, update: input });
    const changes = SITE_INFO_FIELDS.filter((f) => before[f.name] !== input[f.name]).map(
      (f) => `${f.label} ${shown(f.name, before[f.name])} → ${shown(f.name, input[f.name])}`,
    );
    if (changes.length) {
      await recordAudit(
        { userId, action: "site.update", entity: "SiteInfo", entityId: 1, detail: changes.join("; ") },
        tx,
      );
    }
    return { ok: true as const, changed: changes.length };
  });
}
