// A producing center's staff on an order's own page (/center/orders/:number), and a read-only peek at
// the order's parts in the e2e database: shared by the request, correction and settlement suites.
import type { Browser, Page } from "@playwright/test";
import type { Prisma } from "../../app/generated/prisma/client";
import { createPrismaClient } from "../../app/utils/prisma-client";
import { expect } from "./fixtures";
import { E2E_DATABASE_URL } from "./shop-steps";
import { signIn } from "./staff";

/** The center's staff signed in, on the order's page, with its part accepted (발주확인). */
export async function acceptAsCenter(browser: Browser, email: string, number: string): Promise<Page> {
  const page = await signIn(browser, email);
  await page.goto(`/center/orders/${number}`);
  await page.getByRole("button", { name: "발주확인" }).click();
  await expect(page.getByRole("status")).toContainText("발주확인했습니다");
  return page;
}

/** 발송 처리 of an accepted part on its order page. */
export async function shipPart(page: Page, courier: string, trackingNumber: string) {
  await page.getByLabel("택배사").selectOption({ label: courier });
  await page.getByLabel("송장번호").fill(trackingNumber);
  await page.getByRole("button", { name: "발송 처리" }).click();
  await expect(page.getByRole("status")).toContainText("발송 처리했습니다");
}

/** An order's center parts as the e2e database has them, in part order, with the columns `select` asks for. */
export async function partsOf<S extends Prisma.FulfilmentSelect>(number: string, select: S) {
  const db = createPrismaClient(E2E_DATABASE_URL);
  try {
    const order = await db.order.findUniqueOrThrow({
      where: { number },
      select: { fulfilments: { orderBy: { id: "asc" }, select } },
    });
    return order.fulfilments as unknown as Prisma.FulfilmentGetPayload<{ select: S }>[];
  } finally {
    await db.$disconnect();
  }
}

/** Each part of the order: its center, state, amount refunded and requests ("ORIGIN KIND STATUS"). */
export async function partFacts(number: string) {
  const parts = await partsOf(number, {
    status: true,
    center: { select: { shortName: true } },
    refunds: { select: { amount: true } },
    requests: { orderBy: { id: "asc" }, select: { kind: true, origin: true, status: true } },
  });
  return parts.map((f) => ({
    center: f.center.shortName,
    status: f.status,
    refunded: f.refunds.reduce((s, r) => s + r.amount, 0),
    requests: f.requests.map((r) => `${r.origin} ${r.kind} ${r.status}`),
  }));
}
