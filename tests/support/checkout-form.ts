// Posting the order form (/checkout) as a browser does, and reading the amount the page shows.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { CheckoutSummary } from "~/orders/checkout-summary";
import type { CartView } from "~/cart/cart.server";
import { post } from "./cart-requests";

/** A cart made through the cart action; the cookie a browser would keep. */
export async function browserCart(lines: { variantId: number; quantity: number }[]) {
  let cookie: string | null = null;
  for (const line of lines) {
    const answer = await post(
      { intent: "add", variantId: String(line.variantId), quantity: String(line.quantity) },
      cookie,
    );
    if (answer.setCookie) cookie = answer.setCookie.split(";")[0]!;
  }
  return cookie!;
}

export const FORM = {
  ordererName: "김민지",
  ordererPhone: "010-1234-5678",
  ordererEmail: "minji@example.kr",
  sameAsOrderer: "on",
  address1: "제주특별자치도 제주시 첨단로 242",
  address2: "2층",
};

export function checkoutRequest(fields: Record<string, string>, cookie: string) {
  return new Request("http://localhost/checkout", {
    method: "POST",
    headers: { Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields),
  });
}

/** The order summary exactly as the page renders it (no JavaScript): its 결제 금액 and the pay button. */
export function shownAmount(cart: CartView, postalCode: string) {
  const html = renderToStaticMarkup(createElement(CheckoutSummary, { cart, postalCode, submitting: false }));
  const button = /([\d,]+)원 결제하기/.exec(html)?.[1];
  const hidden = /name="quotedTotal" value="(\d+)"/.exec(html)?.[1];
  if (!button || !hidden) throw new Error(`no amount on the page: ${html}`);
  return { button: Number(button.replaceAll(",", "")), quotedTotal: hidden };
}
