/* eslint-disable @typescript-eslint/no-explicit-any -- the decoded Stripe form body is untyped JSON */
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { call } from "../support/route-calls";
import { ensureSecondCenterProduct, variantId } from "../support/shop";
import { startStripeStandIn } from "../support/stripe-stand-in";

// The real Stripe SDK, pointed at the local stand-in: what it is asked to charge is what we check.
const standIn = await startStripeStandIn();
process.env.STRIPE_SECRET_KEY = "sk_test_standin_0123456789";
process.env.STRIPE_WEBHOOK_SECRET = "whsec_standin0123456789";
process.env.STRIPE_API_BASE = standIn.url;

// App modules (and helpers that import them) only now, so they read the environment above.
const { FORM, browserCart, checkoutRequest, shownAmount } = await import("../support/checkout-form");
const { prisma } = await import("~/utils/db.server");
const checkout = await import("~/routes/checkout._index");
const { publishPolicy } = await import("~/policies/policies.server");

afterAll(() => standIn.close());
beforeEach(() => {
  standIn.requests.length = 0;
});

/** What Stripe was asked to charge: the sum of the Checkout Session's line items, in won. */
function chargedByStripe() {
  expect(standIn.requests).toHaveLength(1);
  const body = standIn.requests[0]!.body as Record<string, any>;
  expect(body.currency).toBe("krw");
  return (body.line_items as any[]).reduce((sum, l) => sum + Number(l.price_data.unit_amount) * Number(l.quantity), 0);
}

async function openPage(cookie: string) {
  const page = await call(
    checkout.loader as never,
    new Request("http://localhost/checkout", { headers: { Cookie: cookie } }),
  );
  expect(page.status).toBe(200);
  return page.data as { cart: any; policies: { token: string } };
}

const giftSet = () => variantId(prisma, "naechingu-gim-gift-set", "선물세트");

/**
 * A customer without JavaScript: the page showed the amount without a postcode; they type `postalCode`
 * and press pay. If the postcode changes the amount, the page comes back with the new amount and the
 * second press pays exactly that.
 */
async function payWithoutJs(cookie: string, postalCode: string) {
  const page = await openPage(cookie);
  const first = shownAmount(page.cart, "");
  const fields = { ...FORM, postalCode, consentAll: "on", policyVersions: page.policies.token };
  let answer = await call(
    checkout.action as never,
    checkoutRequest({ ...fields, quotedTotal: first.quotedTotal }, cookie),
  );
  let seen = first.button;
  if (answer.status === 409) {
    expect(standIn.requests).toHaveLength(0);
    // The page again, as the server renders it after the refusal: the postcode typed, the new amount.
    expect(answer.data.initialValue.postalCode).toBe(postalCode);
    const again = shownAmount((await openPage(cookie)).cart, answer.data.initialValue.postalCode);
    expect(answer.data.error[""][0]).toContain(
      `결제 금액이 ${again.button.toLocaleString("ko-KR")}원으로 바뀌었습니다`,
    );
    seen = again.button;
    answer = await call(
      checkout.action as never,
      checkoutRequest({ ...fields, quotedTotal: again.quotedTotal }, cookie),
    );
  }
  expect(answer.status).toBe(302);
  expect(answer.location).toMatch(/^https:\/\/checkout\.stripe\.com\//);
  return { seen, first: first.button, charged: chargedByStripe() };
}

describe("the amount on the order form is the amount Stripe is asked to charge", () => {
  it("제주 (63100): 23,000원 shown first, the page asks again at 26,000원, Stripe charges 26,000원", async () => {
    const cookie = await browserCart([{ variantId: await giftSet(), quantity: 1 }]);
    const result = await payWithoutJs(cookie, "63100");
    expect(result).toEqual({ first: 23000, seen: 26000, charged: 26000 });
  });

  it("a 도서산간 island (울릉도 40220): +5,000원 per parcel", async () => {
    const cookie = await browserCart([{ variantId: await giftSet(), quantity: 1 }]);
    expect(await payWithoutJs(cookie, "40220")).toEqual({ first: 23000, seen: 28000, charged: 28000 });
  });

  it("제주 도서 (우도 63365) costs more than 제주 본섬", async () => {
    const cookie = await browserCart([{ variantId: await giftSet(), quantity: 1 }]);
    expect(await payWithoutJs(cookie, "63365")).toEqual({ first: 23000, seen: 29000, charged: 29000 });
  });

  it("a two-center cart to 제주 pays one surcharge per parcel", async () => {
    const cookie = await browserCart([
      { variantId: await giftSet(), quantity: 1 },
      { variantId: await ensureSecondCenterProduct(prisma), quantity: 1 },
    ]);
    // 20,000 + 3,000 (서구) + 8,000 + 3,000 (광산) = 34,000; 제주 adds 3,000 × 2 parcels.
    expect(await payWithoutJs(cookie, "63100")).toEqual({ first: 34000, seen: 40000, charged: 40000 });
  });

  it("with JavaScript the page already showed the 제주 amount: paid at once, for that amount", async () => {
    const cookie = await browserCart([{ variantId: await giftSet(), quantity: 1 }]);
    const page = await openPage(cookie);
    const shown = shownAmount(page.cart, "63100"); // the summary follows the postcode as it is typed
    const answer = await call(
      checkout.action as never,
      checkoutRequest(
        {
          ...FORM,
          postalCode: "63100",
          consentAll: "on",
          policyVersions: page.policies.token,
          quotedTotal: shown.quotedTotal,
        },
        cookie,
      ),
    );
    expect(answer.status).toBe(302);
    expect(shown.button).toBe(26000);
    expect(chargedByStripe()).toBe(26000);
  });

  it("no surcharge: the first press pays the amount shown", async () => {
    const cookie = await browserCart([{ variantId: await giftSet(), quantity: 1 }]);
    expect(await payWithoutJs(cookie, "61945")).toEqual({ first: 23000, seen: 23000, charged: 23000 });
  });
});

describe("consents", () => {
  it("전체 동의 alone counts as every item; each order records the version of each text", async () => {
    const cookie = await browserCart([{ variantId: await giftSet(), quantity: 1 }]);
    const page = await openPage(cookie);
    const { quotedTotal } = shownAmount(page.cart, "61945");
    const fields = { ...FORM, postalCode: "61945", policyVersions: page.policies.token, quotedTotal };
    // Nothing ticked: every required item is named, nothing placed.
    const ordersBefore = await prisma.order.count();
    const refused = await call(checkout.action as never, checkoutRequest(fields, cookie));
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.data.error).sort()).toEqual(
      ["consentAge14", "consentPrivacy", "consentPurchase", "consentTerms", "consentThirdParty"].sort(),
    );
    expect(refused.data.error.consentAge14).toEqual(["만 14세 이상인지 확인해 주세요."]);
    expect(await prisma.order.count()).toBe(ordersBefore);

    const placed = await call(checkout.action as never, checkoutRequest({ ...fields, consentAll: "on" }, cookie));
    expect(placed.status).toBe(302);
    const order = await prisma.order.findFirstOrThrow({
      orderBy: { id: "desc" },
      include: { consents: { include: { policyVersion: true } } },
    });
    const byItem = Object.fromEntries(
      order.consents.map((c) => [c.item, c.policyVersion && `${c.policyVersion.kind}:${c.policyVersion.version}`]),
    );
    expect(byItem).toEqual({
      TERMS: "TERMS:1",
      PRIVACY_COLLECT: "PRIVACY:1",
      PRIVACY_THIRD_PARTY: "PRIVACY:1",
      PURCHASE: "RETURNS:1",
      AGE_14: null,
    });
  });

  it("a policy published while the form was open: asked to agree again, then the new version is recorded", async () => {
    const cookie = await browserCart([{ variantId: await giftSet(), quantity: 1 }]);
    const page = await openPage(cookie);
    const { quotedTotal } = shownAmount(page.cart, "61945");
    const admin = await prisma.user.findFirstOrThrow({ where: { role: "ADMIN" } });
    await publishPolicy(
      "TERMS",
      { body: "## 제1조\n새 약관", effectiveAt: new Date(Date.now() - 1000), note: "" },
      admin.id,
    );
    const fields = { ...FORM, postalCode: "61945", consentAll: "on", quotedTotal };
    const stale = await call(
      checkout.action as never,
      checkoutRequest({ ...fields, policyVersions: page.policies.token }, cookie),
    );
    expect(stale.status).toBe(409);
    expect(stale.data.error[""][0]).toContain("약관이 바뀌었습니다");
    const fresh = await openPage(cookie);
    expect(fresh.policies.token).toContain("TERMS:2");
    const placed = await call(
      checkout.action as never,
      checkoutRequest({ ...fields, policyVersions: fresh.policies.token }, cookie),
    );
    expect(placed.status).toBe(302);
    const consent = await prisma.orderConsent.findFirstOrThrow({
      where: { item: "TERMS" },
      orderBy: { id: "desc" },
      include: { policyVersion: true },
    });
    expect(consent.policyVersion?.version).toBe(2);
  });
});

describe("bad input keeps what was typed and changes nothing", () => {
  it.each([
    [
      "an oversized gift message",
      { giftMessage: "가".repeat(101) },
      "giftMessage",
      "선물 메시지는 100자 이내로 써 주세요. (지금 101자)",
    ],
    // Control characters never reach this schema: the one form door (utils/form-parse) removes them first
    // (tests/unit/form-parse.test.ts).
    [
      "a gift without the sender's name",
      { giftSender: "" },
      "giftSender",
      "받는 분에게 보일 보내는 분 이름을 입력해 주세요.",
    ],
    ["an oversized name", { ordererName: "김".repeat(31) }, "ordererName", "30자 이내로 입력해 주세요."],
  ])("%s", async (_, change, field, message) => {
    const cookie = await browserCart([{ variantId: await giftSet(), quantity: 1 }]);
    const page = await openPage(cookie);
    const { quotedTotal } = shownAmount(page.cart, "61945");
    const fields: Record<string, string> = {
      ...FORM,
      postalCode: "61945",
      consentAll: "on",
      isGift: "on",
      giftSender: "딸 민지",
      giftMessage: "엄마 생신 축하드려요",
      policyVersions: page.policies.token,
      quotedTotal,
      ...change,
    };
    const ordersBefore = await prisma.order.count();
    const answer = await call(checkout.action as never, checkoutRequest(fields, cookie));
    expect(answer.status).toBe(400);
    expect(answer.data.error[field]).toEqual([message]);
    expect(answer.data.initialValue[field] ?? "").toBe(fields[field]);
    expect(await prisma.order.count()).toBe(ordersBefore);
  });

  it("a gift keeps its sender and message on the order", async () => {
    const cookie = await browserCart([{ variantId: await giftSet(), quantity: 1 }]);
    const page = await openPage(cookie);
    const { quotedTotal } = shownAmount(page.cart, "61945");
    const message = "엄마 생신 축하드려요.\n늘 건강하세요!";
    const answer = await call(
      checkout.action as never,
      checkoutRequest(
        {
          ...FORM,
          postalCode: "61945",
          consentAll: "on",
          isGift: "on",
          giftSender: "딸 민지",
          giftMessage: message,
          policyVersions: page.policies.token,
          quotedTotal,
        },
        cookie,
      ),
    );
    expect(answer.status).toBe(302);
    const order = await prisma.order.findFirstOrThrow({ orderBy: { id: "desc" } });
    expect(order).toMatchObject({ isGift: true, giftSender: "딸 민지", giftMessage: message });
  });
});
