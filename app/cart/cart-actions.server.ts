import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import {
  acceptCurrentPrices,
  addToCart,
  CartError,
  discardCart,
  ensureCart,
  MAX_QUANTITY,
  readCartId,
  removeItem,
  setQuantity,
} from "./cart.server";

// Digits only: "", "abc", "1e1" or "0x10" are not quantities a person typed.
const quantity = z.preprocess(
  (v) => (typeof v !== "string" ? v : v.trim() === "" ? undefined : /^-?\d+$/.test(v.trim()) ? Number(v) : Number.NaN),
  z
    .number({ required_error: "수량을 입력해 주세요.", invalid_type_error: "수량은 숫자로 입력해 주세요." })
    .int("수량은 정수로 입력해 주세요.")
    .min(1, "수량은 1개 이상이어야 합니다.")
    .max(MAX_QUANTITY, `한 상품은 최대 ${MAX_QUANTITY}개까지 담을 수 있습니다.`),
);
const id = (message: string) =>
  z.preprocess(
    (v) => (typeof v === "string" && /^\d{1,9}$/.test(v) ? Number(v) : undefined),
    z.number({ required_error: message }),
  );

const cartForm = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("add"),
      variantId: id("구성을 선택해 주세요."),
      quantity,
      stay: z.string().optional(),
    }),
    z.object({ intent: z.literal("update"), itemId: id("장바구니에 없는 상품입니다."), quantity }),
    z.object({ intent: z.literal("remove"), itemId: id("장바구니에 없는 상품입니다.") }),
    z.object({ intent: z.literal("accept-prices") }),
  ],
  { errorMap: () => ({ message: "잘못된 요청입니다. 페이지를 새로 고친 뒤 다시 시도해 주세요." }) },
);

export type CartActionResult = { ok?: boolean; error?: { field: string; message: string; itemId?: number } };

/** Everything the cart's forms post: parsed with Zod, answered with a Korean message beside the field. */
export async function handleCartAction(request: Request) {
  const form = Object.fromEntries(await request.formData());
  const parsed = cartForm.safeParse(form);
  const itemId = typeof form.itemId === "string" ? Number(form.itemId) : undefined;
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return data<CartActionResult>(
      { error: { field: String(issue.path[0] ?? "form"), message: issue.message, itemId } },
      { status: 400 },
    );
  }
  const input = parsed.data;
  try {
    if (input.intent === "add") {
      const { cartId, setCookie } = await ensureCart(request);
      try {
        await addToCart(cartId, input.variantId, input.quantity);
      } catch (error) {
        // A cart made just now for a refused add would never be reachable: don't keep it.
        if (setCookie) await discardCart(cartId);
        throw error;
      }
      const headers = setCookie ? { "Set-Cookie": setCookie } : undefined;
      return input.stay ? data<CartActionResult>({ ok: true }, { headers }) : redirect("/cart", { headers });
    }
    const cartId = await readCartId(request);
    if (!cartId) return redirect("/cart");
    if (input.intent === "update") await setQuantity(cartId, input.itemId, input.quantity);
    if (input.intent === "remove") await removeItem(cartId, input.itemId);
    if (input.intent === "accept-prices") await acceptCurrentPrices(cartId);
    return data<CartActionResult>({ ok: true });
  } catch (error) {
    if (error instanceof CartError) {
      return data<CartActionResult>({ error: { field: error.field, message: error.message, itemId } }, { status: 400 });
    }
    throw error;
  }
}
