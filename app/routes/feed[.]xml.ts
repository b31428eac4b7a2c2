import { feedResponse } from "~/news/feeds.server";

// The whole webzine, newest first, full text.
export function loader() {
  return feedResponse({ pagePath: "/", feedPath: "/feed.xml" });
}
