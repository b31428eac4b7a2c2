import { cachedContent } from "~/utils/content-cache.server";
import { prisma } from "~/utils/db.server";
import { getIssue, getLatestIssue, listStandaloneNews } from "./news.server";
import { visibleIssueWhere } from "./visibility.server";

/** A newest 월호 with fewer articles than this is thin: the one before it stays on the home page too. */
export const FULL_ISSUE_ARTICLES = 6;
const STANDALONE_ON_HOME = 6;

/**
 * What the home page shows: the newest 월호, the newest news outside any 월호 (a center's own stories
 * between issues), and the previous 월호 while the newest is thin, so publishing a one-article issue
 * never empties the page. Content: read once per content version.
 */
export function getHomeNews() {
  return cachedContent("news:home", readHomeNews);
}

async function readHomeNews() {
  const [issue, standalone] = await Promise.all([getLatestIssue(), listStandaloneNews(STANDALONE_ON_HOME)]);
  const articleCount = issue?.sections.reduce((n, section) => n + section.articles.length, 0) ?? 0;
  const previous = issue && articleCount < FULL_ISSUE_ARTICLES ? await getIssueBefore(issue.key) : null;
  return { issue, previous, standalone };
}

async function getIssueBefore(key: string) {
  const row = await prisma.issue.findFirst({
    where: { ...visibleIssueWhere, key: { lt: key } },
    orderBy: { key: "desc" },
    select: { key: true },
  });
  return row ? getIssue(row.key) : null;
}
