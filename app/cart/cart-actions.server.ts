import { parseForm } from "~/utils/form-parse";
import { data, redirect } from "@remix-run/node";
import { z } from "zod";
import { DATABASE_UNAVAILABLE_MESSAGE } from "~/utils/db-errors.server";
import { parseCountInput } from "~/utils/form-inputs";
import { nullWhenDatabaseUnavailable } from "~/utils/form-reply.server";
import {
  acceptCurrentPrices,
  addToCart,
  discardCart,
  ensureCart,
  MAX_QUANTITY,
  readCartId,
  removeItem,
  setQuantity,
} from "./cart.server";
import { cartRefusalError } from "./cart-messages";

// The app's one count parser: "", "abc", "1e1" or "0x10" are not quantities a person typed.
const quantity = z.preprocess(
  parseCountInput,
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

/** Everything the cart's forms post: parsed with Conform + Zod, answered with a Korean message beside the field. */
export async function handleCartAction(request: Request) {
  const submission = parseForm(await request.formData(), { schema: cartForm });
  const rawItemId = submission.payload.itemId;
  const itemId = typeof rawItemId === "string" ? Number(rawItemId) : undefined;
  const refused = (error: { field: string; message: string }) =>
    data<CartActionResult>({ error: { ...error, itemId } }, { status: 400 });
  if (submission.status !== "success") {
    // The first message, beside its field ("" is the whole form).
    const [field, messages] = Object.entries(submission.error ?? {})[0] ?? ["", []];
    return refused({ field: field || "form", message: messages?.[0] ?? "잘못된 요청입니다." });
  }
  const input = submission.value;
  if (input.intent === "add") {
    // A locked database or a full disk: the visitor is told to try again, the product form keeps its choice.
    const added = await nullWhenDatabaseUnavailable(() => addToNewOrKnownCart(request, input));
    if (!added) {
      const error = { field: "form", message: DATABASE_UNAVAILABLE_MESSAGE, itemId };
      return data<CartActionResult>({ error }, { status: 503 });
    }
    if (!added.ok) return refused(cartRefusalError(added));
    const headers = added.setCookie ? { "Set-Cookie": added.setCookie } : undefined;
    return input.stay ? data<CartActionResult>({ ok: true }, { headers }) : redirect("/cart", { headers });
  }
  const cartId = await readCartId(request);
  if (!cartId) return redirect("/cart");
  if (input.intent === "update") {
    const updated = await setQuantity(cartId, input.itemId, input.quantity);
    if (!updated.ok) return refused(cartRefusalError(updated));
  }
  if (input.intent === "remove") await removeItem(cartId, input.itemId);
  if (input.intent === "accept-prices") await acceptCurrentPrices(cartId);
  return data<CartActionResult>({ ok: true });
}

async function addToNewOrKnownCart(request: Request, input: { variantId: number; quantity: number }) {
  const { cartId, setCookie } = await ensureCart(request);
  // A cart made just now for a refused (or failed) add would never be reachable: don't keep it (when the
  // database refuses that too, the add's own failure is the one to answer; an empty cart row is harmless).
  const discard = async () => {
    if (setCookie) await discardCart(cartId).catch(() => {});
  };
  const added = await addToCart(cartId, input.variantId, input.quantity).catch(async (error: unknown) => {
    await discard();
    throw error;
  });
  if (!added.ok) await discard();
  return added.ok ? { ...added, setCookie } : added;
}
