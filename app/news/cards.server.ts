import { imageSelect, imageSources, uploadUrl, type ImageRecord } from "~/media/image-sources";
import { prisma } from "~/utils/db.server";
import { lookups, type Lookups } from "./lookups.server";
import { visibleArticleWhere } from "./visibility.server";

/**
 * The fields every article card needs. Section, center, 월호 and tag names come from the cached
 * lookups (lookups.server.ts) by id, cover photos from one query for the whole list when any has one:
 * with Prisma each relation level is a query of its own, and those are most of what a list costs.
 */
export const articleCardSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  publishedAt: true,
  coverArt: true,
  coverAlt: true,
  coverImageId: true,
  eventStartsAt: true,
  eventEndsAt: true,
  eventPlace: true,
  sectionId: true,
  centerId: true,
  issueId: true,
  tags: { select: { tagId: true } },
} as const;

type CardRow = Awaited<ReturnType<typeof findCardRows>>[number];
type CoverImage = ImageRecord & { alt: string };

function findCardRows(args: { where?: object; orderBy?: object | object[]; take?: number; skip?: number }) {
  return prisma.article.findMany({
    where: { AND: [visibleArticleWhere(), args.where ?? {}] },
    orderBy: args.orderBy ?? [{ publishedAt: "desc" }, { id: "desc" }],
    take: args.take,
    skip: args.skip,
    select: articleCardSelect,
  });
}

export async function findCards(args: Parameters<typeof findCardRows>[0]) {
  const [rows, refs] = await Promise.all([findCardRows(args), lookups()]);
  const images = await coverImages(rows);
  return rows.map((row) => toCard(row, refs, images));
}

/** The uploaded cover photos of these rows, by id: no query when none has one. */
export async function coverImages(rows: { coverImageId: number | null }[]): Promise<Map<number, CoverImage>> {
  const ids = [...new Set(rows.flatMap((r) => (r.coverImageId ? [r.coverImageId] : [])))];
  if (ids.length === 0) return new Map();
  const images = await prisma.image.findMany({ where: { id: { in: ids } }, select: { id: true, ...imageSelect } });
  return new Map(images.map((image) => [image.id, image]));
}

/** The section, center, 월호 and tag names of a row that carries their ids. */
export function references(
  row: { sectionId: number | null; centerId: number | null; issueId: number | null; tags: { tagId: number }[] },
  refs: Lookups,
) {
  const section = row.sectionId ? refs.sections.get(row.sectionId) : undefined;
  const center = row.centerId ? refs.centers.get(row.centerId) : undefined;
  const issue = row.issueId ? refs.issues.get(row.issueId) : undefined;
  return {
    section: section ? { slug: section.slug, name: section.name } : null,
    center: center ? { slug: center.slug, shortName: center.shortName, name: center.name } : null,
    issue: issue ? { key: issue.key, title: issue.title } : null,
    tags: row.tags.flatMap((t) => refs.tags.get(t.tagId) ?? []),
  };
}

/** An uploaded cover photo wins over the built-in illustration; its own alt text fills in a blank coverAlt. */
export function withCover<T extends { coverArt: string | null; coverAlt: string; coverImageId: number | null }>(
  raw: T,
  images: Map<number, CoverImage>,
) {
  const { coverImageId, ...rest } = raw;
  const image = coverImageId ? (images.get(coverImageId) ?? null) : null;
  return {
    ...rest,
    coverAlt: raw.coverAlt || image?.alt || "",
    coverImage: image ? imageSources(image) : null,
    ogImage: ogImagePath(image, raw.coverArt),
  };
}

/** Site-relative og:image: the uploaded photo's JPEG/PNG, else the PNG rendering of the illustration. */
export function ogImagePath(coverImage: { storageKey: string } | null, coverArt: string | null | undefined) {
  return coverImage ? uploadUrl(coverImage.storageKey) : `/art/og/${coverArt ?? "issue-cover"}.png`;
}

function toCard(row: CardRow, refs: Lookups, images: Map<number, CoverImage>) {
  const { sectionId: _s, centerId: _c, issueId: _i, ...card } = row;
  return { ...withCover(card, images), ...references(row, refs), publishedAt: row.publishedAt! };
}
export type ArticleCard = ReturnType<typeof toCard>;
