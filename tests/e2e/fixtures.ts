import { expect, test as base, type Page } from "@playwright/test";

export type PageProblems = {
  /** console.error messages (Chromium also reports CSP refusals and failed loads this way). */
  consoleErrors: string[];
  /** Uncaught exceptions in the page. */
  pageErrors: string[];
  /** `securitypolicyviolation` events, recorded by an init script before any page script runs. */
  cspViolations: () => Promise<string[]>;
};

declare global {
  interface Window {
    __cspViolations?: string[];
    __remixRouter?: { state?: { initialized?: boolean } };
  }
}

/** Starts listening on `page`; call before the first navigation. */
export async function watchPage(page: Page): Promise<PageProblems> {
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${message.text()} @ ${message.location().url}`);
  });
  page.on("pageerror", (error) => pageErrors.push(error.stack ?? error.message));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      window.__cspViolations?.push(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  return {
    consoleErrors,
    pageErrors,
    cspViolations: () => page.evaluate(() => window.__cspViolations ?? []),
  };
}

/** Asserts that a page produced no console errors, uncaught exceptions or CSP violations. */
export async function expectNoProblems(problems: PageProblems) {
  expect(problems.pageErrors, "uncaught page errors").toEqual([]);
  expect(await problems.cspViolations(), "CSP violations").toEqual([]);
  expect(problems.consoleErrors, "console errors").toEqual([]);
}

/**
 * Loads every image on the page, lazy ones included, and returns the sources of those that failed
 * (a missing illustration is also reported as a console error, which expectNoProblems catches).
 */
export async function brokenImages(page: Page): Promise<string[]> {
  await page.evaluate(() => {
    for (const img of Array.from(document.images)) img.loading = "eager";
  });
  await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
  return page.evaluate(() =>
    Array.from(document.images)
      .filter((img) => img.naturalWidth === 0)
      .map((img) => img.currentSrc || img.src),
  );
}

/** Waits until Remix has hydrated the document (entry.client finished), so client navigation is live. */
export async function waitForHydration(page: Page) {
  await page.waitForFunction(() => {
    return Boolean(window.__remixRouter?.state?.initialized);
  });
}

export const test = base;
export { expect };
