// An article in any state, shaped like the public page's data, for the editors' preview.
import type { Prisma } from "~/generated/prisma/client";
import { imageSelect, imageSources } from "~/media/image-sources";
import { prisma } from "~/utils/db.server";
import { renderArticleBody } from "~/utils/markdown.server";
import { effectiveStatus } from "./article-states";

const previewSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  body: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  coverArt: true,
  coverAlt: true,
  coverImage: { select: imageSelect },
  eventStartsAt: true,
  eventEndsAt: true,
  eventPlace: true,
  eventHost: true,
  section: { select: { slug: true, name: true } },
  center: { select: { slug: true, name: true } },
  issue: { select: { key: true, title: true, status: true } },
  tags: { select: { tag: { select: { name: true } } } },
} as const;

/** The article matching `where` (callers scope it: any article for editors, own center for staff). */
export async function getArticlePreview(where: Prisma.ArticleWhereInput, now = new Date()) {
  const article = await prisma.article.findFirst({ where, select: previewSelect });
  if (!article) return null;
  const { body, coverImage, tags, ...rest } = article;
  const state = effectiveStatus(article, now);
  return {
    article: {
      ...rest,
      // As the public page does: the photo's own alt text fills in a blank one.
      coverAlt: rest.coverAlt || coverImage?.alt || "",
      coverImage: coverImage ? imageSources(coverImage) : null,
      // A scheduled article shows the date readers will see; a draft has none yet.
      publishedAt: state === "DRAFT" || state === "REVIEW" ? null : rest.publishedAt,
      tags: tags.map((t) => t.tag.name),
      state,
    },
    html: renderArticleBody({ id: article.id, updatedAt: article.updatedAt, body }),
  };
}
