import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

// Article bodies are written by staff but rendered to every reader, so the HTML marked produces is
// always passed through an allow-list sanitizer: no scripts, event handlers, iframes or javascript: URLs.
const sanitizeOptions: sanitizeHtml.IOptions = {
  allowedTags: [
    "p",
    "br",
    "hr",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "strong",
    "em",
    "del",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "code",
    "pre",
    "img",
    "figure",
    "figcaption",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
  ],
  allowedAttributes: {
    a: ["href", "title"],
    img: ["src", "alt", "title", "width", "height", "srcset", "sizes", "loading"],
    th: ["align"],
    td: ["align"],
  },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  transformTags: {
    a: (tagName, attribs) => {
      const external = /^https?:\/\//i.test(attribs.href ?? "");
      return { tagName, attribs: external ? { ...attribs, rel: "noopener noreferrer" } : attribs };
    },
    img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, loading: "lazy" } }),
  },
};
sanitizeOptions.allowedAttributes = { ...sanitizeOptions.allowedAttributes, a: ["href", "title", "rel"] };

export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return sanitizeHtml(html, sanitizeOptions);
}

const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'" };

/** Plain text of a Markdown body, for the search index and snippets. */
export function markdownToText(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  const text = sanitizeHtml(html.replace(/<\/(p|h\d|li|blockquote|tr)>/g, "$& "), {
    allowedTags: [],
    allowedAttributes: {},
  });
  return text
    .replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m)
    .replace(/\s+/g, " ")
    .trim()
    .normalize("NFC");
}

// Rendering is pure in (id, updatedAt): keep the recent results so hot articles skip the parser.
const renderCache = new Map<string, string>();
const RENDER_CACHE_LIMIT = 500;

export function renderArticleBody(article: { id: number; updatedAt: Date; body: string }): string {
  const key = `${article.id}:${article.updatedAt.getTime()}`;
  const cached = renderCache.get(key);
  if (cached !== undefined) return cached;
  const html = renderMarkdown(article.body);
  if (renderCache.size >= RENDER_CACHE_LIMIT) renderCache.delete(renderCache.keys().next().value!);
  renderCache.set(key, html);
  return html;
}
