// What readers can find, as words: titles of visible articles, their hashtags and visible product names. It feeds
// the 초성 index, the "혹시 …?" suggestion and type-ahead. Portable Prisma queries (SQLite and PostgreSQL alike).
import { visibleArticleWhere } from "~/news/visibility.server";
import { prisma } from "~/utils/db.server";
import { choseongOf, vocabularyWords } from "./korean";

export type Vocabulary = {
  /** Word → how many titles, tags and product names use it. */
  words: Map<string, number>;
  /** Hashtags of visible articles with their article counts, most used first. */
  tags: { name: string; count: number; initials: string }[];
  titles: { title: string; slug: string; initials: string }[];
  products: { name: string; slug: string; initials: string }[];
};

// A short life: new articles and tags show up within a minute without any hook into the editors' saves.
const TTL_MS = 60_000;
let cached: { at: number; value: Promise<Vocabulary> } | null = null;

export function searchVocabulary(now = Date.now()): Promise<Vocabulary> {
  if (cached && now - cached.at < TTL_MS) return cached.value;
  const value = loadVocabulary();
  cached = { at: now, value };
  value.catch(() => {
    if (cached?.value === value) cached = null;
  });
  return value;
}

/** Forgets the cached vocabulary (tests that add content, or after bulk imports). */
export function clearSearchVocabulary() {
  cached = null;
}

async function loadVocabulary(): Promise<Vocabulary> {
  const visible = visibleArticleWhere(new Date());
  const [articles, tags, products] = await Promise.all([
    prisma.article.findMany({
      where: visible,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      select: { title: true, slug: true },
    }),
    prisma.tag.findMany({
      where: { articles: { some: { article: visible } } },
      select: { name: true, _count: { select: { articles: { where: { article: visible } } } } },
    }),
    prisma.product.findMany({
      where: { visible: true },
      orderBy: { position: "asc" },
      select: { name: true, slug: true },
    }),
  ]);
  const words = new Map<string, number>();
  const add = (word: string) => words.set(word, (words.get(word) ?? 0) + 1);
  for (const { title } of articles) vocabularyWords(title).forEach(add);
  for (const { name } of products) vocabularyWords(name).forEach(add);
  for (const { name } of tags) add(name);
  return {
    words,
    tags: tags
      .map((t) => ({ name: t.name, count: t._count.articles, initials: choseongOf(t.name) }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "ko")),
    titles: articles.map((a) => ({ ...a, initials: choseongOf(a.title) })),
    products: products.map((p) => ({ ...p, initials: choseongOf(p.name) })),
  };
}
