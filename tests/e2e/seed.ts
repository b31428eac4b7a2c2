// The seeded 2023년 12월호 content, the oracle for what pages should show.
import { articles } from "../../prisma/seed/content-2023-12";

export * from "../../prisma/seed/content-2023-12";

export function seededArticle(slug: string) {
  const found = articles.find((a) => a.slug === slug);
  if (!found) throw new Error(`No seeded article "${slug}"`);
  return found;
}

/** Seeded articles whose title, summary or body contain `term` (what search must find). */
export function articlesMentioning(term: string) {
  return articles.filter((a) => [a.title, a.summary, a.body].some((text) => text.includes(term)));
}
