import { prisma } from "~/utils/db.server";
import { listCenters, listForFeed, listIssues, listSections } from "~/news/news.server";
import { visibleArticleWhere } from "~/news/visibility.server";
import { listProducts } from "~/catalog/catalog.server";
import { env } from "~/utils/env.server";
import { toKstIso } from "~/utils/format";
import { PUBLIC_CACHE_CONTROL } from "~/utils/http.server";
import { escapeXml } from "~/utils/xml";

// A single sitemap may list 50,000 URLs; past that this needs a sitemap index.
const MAX_ARTICLES = 45_000;

export async function loader() {
  const base = env.PUBLIC_BASE_URL;
  const [articles, issues, sections, centers, tags, products] = await Promise.all([
    listForFeed(MAX_ARTICLES),
    listIssues(),
    listSections(),
    listCenters(),
    // Only hashtags readers can reach: a tag used by drafts alone must not leak its name here.
    prisma.tag.findMany({ where: { articles: { some: { article: visibleArticleWhere() } } }, select: { name: true } }),
    listProducts(),
  ]);
  const entries: { loc: string; lastmod?: Date | null }[] = [
    { loc: "/" },
    { loc: "/issues" },
    { loc: "/news" },
    { loc: "/events" },
    { loc: "/tags" },
    { loc: "/centers" },
    { loc: "/shop" },
    ...issues.map((i) => ({ loc: `/issues/${i.key}`, lastmod: i.publishedAt })),
    ...sections.map((s) => ({ loc: `/sections/${s.slug}` })),
    ...centers.map((c) => ({ loc: `/centers/${c.slug}` })),
    ...tags.map((t) => ({ loc: `/tags/${encodeURIComponent(t.name)}` })),
    ...products.map((p) => ({ loc: `/shop/${p.slug}` })),
    ...articles.map((a) => ({ loc: `/news/${a.slug}`, lastmod: a.updatedAt })),
  ];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries
  .map(
    (e) =>
      `  <url><loc>${escapeXml(base + e.loc)}</loc>${e.lastmod ? `<lastmod>${toKstIso(e.lastmod)}</lastmod>` : ""}</url>`,
  )
  .join("\n")}
</urlset>
`;
  return new Response(xml, {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": PUBLIC_CACHE_CONTROL },
  });
}
