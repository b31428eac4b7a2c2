// Writing an article's content: one save = the row (with bodyText for search), its hashtags, one
// ArticleRevision of title/summary/body and one audit record, all in the caller's transaction.
import { recordAudit } from "~/audit/audit.server";
import type { Prisma } from "~/generated/prisma/client";
import { markdownToText } from "~/utils/markdown.server";
import type { ArticleContentInput } from "./article-form";
import { CommandRefused } from "~/utils/command-result";
import { hasBeenPublished, type ArticleAction, type ArticleStatus } from "./article-states";
import { numberedSlug, slugify } from "./slug";

export type Tx = Prisma.TransactionClient;

/** Why an article save or state change was refused; `article-messages.ts` words each for its form. */
export type ArticleRefusalReason =
  | "NOT_FOUND"
  | "SLUG_TAKEN"
  | "SLUG_FROZEN"
  | "INCOMPLETE"
  | "WRONG_STATE"
  | "MOVED_MEANWHILE"
  | "PUBLISH_AT_MISSING"
  | "PUBLISH_AT_PAST"
  | "REVIEW_NOTE_MISSING"
  | "NOT_OWN_DRAFT"
  | "REVISION_NOT_FOUND";

/** What a refusal names: the missing field of an INCOMPLETE article, the action and state of WRONG_STATE. */
export type ArticleRefusalFigures = { field?: string; action?: ArticleAction; status?: ArticleStatus };

/** Thrown inside the article's transaction (rolling it back); the action turns it into the form's reply. */
export class ArticleRefused extends CommandRefused<ArticleRefusalReason> {
  constructor(
    reason: ArticleRefusalReason,
    readonly figures: ArticleRefusalFigures = {},
  ) {
    super(reason);
  }
}

/** `base`, or `base-2`, `base-3`… whichever is free (ignoring the article itself). */
export async function uniqueSlug(tx: Tx, base: string, excludeId?: number) {
  const taken = new Set(
    (
      await tx.article.findMany({
        where: { slug: { startsWith: base }, ...(excludeId ? { id: { not: excludeId } } : {}) },
        select: { slug: true },
      })
    ).map((a) => a.slug),
  );
  for (let n = 1; ; n++) {
    const candidate = numberedSlug(base, n);
    if (!taken.has(candidate)) return candidate;
  }
}

type Existing = { id: number; slug: string; status: ArticleStatus; publishedAt: Date | null };

async function resolveSlug(tx: Tx, requested: string | undefined, title: string, existing: Existing | null, now: Date) {
  if (existing && hasBeenPublished(existing, now)) {
    if (requested && requested !== existing.slug) throw new ArticleRefused("SLUG_FROZEN");
    return existing.slug;
  }
  if (!requested) {
    // A blank address is (re)made from the title; an unchanged draft keeps the one it has.
    const base = slugify(title);
    if (existing && (existing.slug === base || new RegExp(`^${base}-\\d+$`).test(existing.slug))) return existing.slug;
    return uniqueSlug(tx, base, existing?.id);
  }
  if (requested === existing?.slug) return requested;
  const clash = await tx.article.findUnique({ where: { slug: requested }, select: { id: true } });
  if (clash && clash.id !== existing?.id) throw new ArticleRefused("SLUG_TAKEN");
  return requested;
}

/** Last in its section of the 월호, so a newly filed article doesn't jump ahead of the others. */
async function nextPosition(tx: Tx, issueId: number | null, sectionId: number | null) {
  if (!issueId) return 0;
  const last = await tx.article.aggregate({ where: { issueId, sectionId }, _max: { position: true } });
  return (last._max.position ?? 0) + 1;
}

export type ArticlePlacement = {
  /** undefined = keep (or generate for a new article). */
  slug?: string;
  sectionId: number | null;
  issueId: number | null;
  centerId: number | null;
};

export type WriteArticleInput = {
  id?: number;
  content: ArticleContentInput;
  placement: ArticlePlacement;
  /** undefined = keep the current cover, null = remove it, a number = the newly uploaded Image. */
  coverImageId?: number | null;
  userId: number;
  now: Date;
};

function tagWrites(tags: string[]) {
  return tags.map((name) => ({ tag: { connectOrCreate: { where: { name }, create: { name } } } }));
}

/** Creates or updates an article's content; returns its id and slug. */
export async function writeArticle(tx: Tx, input: WriteArticleInput) {
  const { content, placement, userId, now } = input;
  const existing = input.id
    ? await tx.article.findUnique({
        where: { id: input.id },
        select: { id: true, slug: true, status: true, publishedAt: true, issueId: true, sectionId: true },
      })
    : null;
  if (input.id && !existing) throw new ArticleRefused("NOT_FOUND");
  const slug = await resolveSlug(tx, placement.slug, content.title, existing, now);
  const moved = !existing || existing.issueId !== placement.issueId || existing.sectionId !== placement.sectionId;
  const coverImageId = content.removeCover ? null : input.coverImageId;
  const data = {
    slug,
    title: content.title,
    summary: content.summary,
    body: content.body,
    bodyText: markdownToText(content.body),
    coverAlt: content.coverAlt,
    eventStartsAt: content.eventStartsAt,
    eventEndsAt: content.eventEndsAt,
    eventPlace: content.eventPlace,
    eventHost: content.eventHost,
    sectionId: placement.sectionId,
    issueId: placement.issueId,
    centerId: placement.centerId,
    ...(coverImageId !== undefined ? { coverImageId } : {}),
    ...(moved ? { position: await nextPosition(tx, placement.issueId, placement.sectionId) } : {}),
  };
  const article = existing
    ? await tx.article.update({
        where: { id: existing.id },
        data: { ...data, tags: { deleteMany: {}, create: tagWrites(content.tags) } },
        select: { id: true, slug: true },
      })
    : await tx.article.create({
        data: { ...data, status: "DRAFT", authorId: userId, tags: { create: tagWrites(content.tags) } },
        select: { id: true, slug: true },
      });
  await tx.articleRevision.create({
    data: {
      articleId: article.id,
      title: content.title,
      summary: content.summary,
      body: content.body,
      authorId: userId,
    },
  });
  await recordAudit(
    {
      userId,
      action: existing ? "article.update" : "article.create",
      entity: "Article",
      entityId: article.id,
      detail: `${existing ? "기사 저장" : "기사 작성"}: ${content.title.slice(0, 80)}`,
    },
    tx,
  );
  return article;
}
