import { prisma } from "~/utils/db.server";
import { cachedContent } from "~/utils/content-cache.server";

// The small tables every article card and product refers to (sections, centers, tags, 월호, brands),
// read once per content version (content-cache.server.ts) so a list costs one query for its rows
// instead of one more per relation.

export type SectionRef = { id: number; slug: string; name: string; position: number };
export type CenterRef = {
  id: number;
  slug: string;
  shortName: string;
  name: string;
  address: string | null;
  phone: string | null;
  shippingFee: number;
  freeShippingThreshold: number;
};
export type IssueRef = { id: number; key: string; title: string };

export type Lookups = {
  sections: Map<number, SectionRef>;
  centers: Map<number, CenterRef>;
  tags: Map<number, string>;
  issues: Map<number, IssueRef>;
  brands: Map<number, { name: string; slug: string }>;
};

export function lookups(): Promise<Lookups> {
  return cachedContent("news:lookups", async () => {
    const [sections, centers, tags, issues, brands] = await Promise.all([
      prisma.section.findMany({ select: { id: true, slug: true, name: true, position: true } }),
      prisma.center.findMany({
        select: {
          id: true,
          slug: true,
          shortName: true,
          name: true,
          address: true,
          phone: true,
          shippingFee: true,
          freeShippingThreshold: true,
        },
      }),
      prisma.tag.findMany({ select: { id: true, name: true } }),
      prisma.issue.findMany({ select: { id: true, key: true, title: true } }),
      prisma.brand.findMany({ select: { id: true, name: true, slug: true } }),
    ]);
    return {
      sections: new Map(sections.map((s) => [s.id, s])),
      centers: new Map(centers.map((c) => [c.id, c])),
      tags: new Map(tags.map((t) => [t.id, t.name])),
      issues: new Map(issues.map((i) => [i.id, i])),
      brands: new Map(brands.map((b) => [b.id, { name: b.name, slug: b.slug }])),
    };
  });
}

/** One center's reference row (its name on the staff pages' bar), from the shared lookups; null if it is gone. */
export async function getCenterRef(centerId: number): Promise<CenterRef | null> {
  return (await lookups()).centers.get(centerId) ?? null;
}
