// Shapes of the seed content kept in this folder. Dates are ISO strings with an explicit +09:00 offset
// (the webzine speaks KST); the seed turns them into UTC instants.
import type { CenterKind } from "../../app/generated/prisma/enums";

export type SeedCenter = {
  slug: string; // ascii, e.g. "seogu"
  name: string; // 광주서구지역자활센터
  shortName: string; // 서구
  kind: CenterKind;
  representative?: string;
  address?: string;
  phone?: string;
  email?: string;
  description: string;
};

export type SeedSection = { slug: string; name: string; description: string };

export type SeedIssue = {
  key: string; // "2023-12"
  title: string; // "2023년 12월호"
  tagline: string;
  closing: string; // the greeting at the end of the issue
  publishedAt: string; // ISO with +09:00
  coverArticleSlug: string;
};

export type SeedArticle = {
  slug: string; // ascii, unique, stable
  title: string;
  summary: string; // one or two sentences, shown in lists and meta description
  body: string; // Markdown; sub-headings start at ## (h2: the page title is the only h1)
  sectionSlug: string;
  centerSlug?: string; // the 지역자활센터 the article is about, if any
  tags: string[]; // without '#', no spaces
  event?: { startsAt: string; endsAt?: string; place?: string; host?: string };
  coverArt: ArtKey;
  coverAlt: string; // Korean alt text describing the illustration
  position: number; // order within its section
};

export type SeedProductVariant = { name: string; units: number; price: number; stock: number };

export type SeedProduct = {
  slug: string;
  name: string;
  line: string; // 내친구김
  summary: string;
  description: string; // Markdown
  centerSlug: string;
  art: ArtKey;
  variants: SeedProductVariant[];
  ingredients: string;
  origin: string;
  contents: string;
  shelfLife: string;
  storage: string;
  manufacturer: string;
  // Other 상품정보제공고시 items, only where the webzine says something (see app/catalog/food-disclosure.ts).
  foodName?: string;
  imported?: string;
  consumerPhone?: string;
  relatedArticleSlugs: string[];
};

export type SeedBrand = { slug: string; name: string; tagline: string; description: string };

/** Built-in illustrations, one SVG each under public/art/<key>.svg. */
export const ART_KEYS = [
  "issue-cover",
  "youth-savings",
  "matching-day",
  "flea-market",
  "haccp-mou",
  "case-management",
  "catering",
  "consulting",
  "startup",
  "education",
  "forest-healing",
  "asset-fund",
  "facility",
  "community",
  "sharing",
  "youth",
  "brand-sosodream",
  "gim-gift-set",
  "gim-jaban",
  "gim-jeonjang",
  "gim-dosirak",
] as const;
export type ArtKey = (typeof ART_KEYS)[number];
