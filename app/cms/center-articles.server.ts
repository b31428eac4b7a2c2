// A local center's own articles, always scoped by the centerId of the staff member's session.
import { data } from "@remix-run/node";
import { prisma } from "~/utils/db.server";
import { articleEditSelect, articleRowSelect, toArticleRow, toEditable } from "./articles.server";

export async function listCenterArticles(centerId: number, now = new Date()) {
  const rows = await prisma.article.findMany({
    where: { centerId },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 100,
    select: articleRowSelect,
  });
  return rows.map((row) => toArticleRow(row, now));
}

/** One of the center's articles, or a 404 (another center's article looks exactly like a missing one). */
export async function requireCenterArticle(centerId: number, id: number | null, now = new Date()) {
  const article = id ? await prisma.article.findFirst({ where: { id, centerId }, select: articleEditSelect }) : null;
  if (!article) throw data("Not Found", { status: 404 });
  return toEditable(article, now);
}
