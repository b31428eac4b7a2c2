// Signing staff in through the real login form, each in a browser context of their own.
import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";
import { expect } from "./fixtures";

/** A demo account (prisma/seed/demo-accounts.ts) signed in, in a fresh context (pass PHONE for a phone). */
export async function signIn(browser: Browser, email: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto("/login");
  const form = page.getByRole("main");
  await form.getByLabel("이메일").fill(email);
  await form.getByLabel("비밀번호").fill(DEMO_PASSWORD);
  await form.getByRole("button", { name: "로그인" }).click();
  await expect(page).not.toHaveURL(/\/login/);
  return page;
}

export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
