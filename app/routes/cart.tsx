import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { handleCartAction } from "~/cart/cart-actions.server";
import { getCartView, readCartId } from "~/cart/cart.server";
import { CartGroup } from "~/cart/cart-group";
import { MoneyTotals } from "~/components/money-totals";
import { PageHeader } from "~/components/page-header";
import { baseUrlFrom, seo } from "~/utils/seo";

export async function loader({ request }: LoaderFunctionArgs) {
  return { cart: await getCartView(await readCartId(request)) };
}

export async function action({ request }: ActionFunctionArgs) {
  return handleCartAction(request);
}

export const headers = () => ({ "Cache-Control": "private, no-store" });

const PAYMENT_NOTICE: Record<string, string> = {
  failed: "결제가 완료되지 않았습니다. 다시 시도해 주세요.",
  expired: "결제 시간이 지나 주문이 취소되었습니다. 다시 주문해 주세요.",
};

export default function CartPage() {
  const { cart } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [params] = useSearchParams();
  const notice = PAYMENT_NOTICE[params.get("payment") ?? ""];
  const priceChanged = cart.problems.some((p) => p.problem === "PRICE_CHANGED");
  return (
    <>
      <PageHeader eyebrow="소소드림" title="장바구니" />
      <div className="container-page mt-8 grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div className="min-w-0 space-y-6">
          {notice ? (
            <p role="alert" className="rounded-lg bg-orange-50 p-4 font-semibold text-orange-700">
              {notice}
            </p>
          ) : null}
          {result?.error && !result.error.itemId ? (
            <p role="alert" className="rounded-lg bg-orange-50 p-4 font-semibold text-orange-700">
              {result.error.message}
            </p>
          ) : null}
          {cart.groups.length === 0 ? (
            <div className="rounded-xl border border-line bg-white p-10 text-center">
              <p className="text-ink-soft">장바구니가 비어 있습니다.</p>
              <Link to="/shop" className="btn btn-primary mt-4">
                소소드림 상품 보기
              </Link>
            </div>
          ) : (
            cart.groups.map((group) => <CartGroup key={group.center.id} group={group} error={result?.error} />)
          )}
        </div>
        {cart.groups.length ? (
          <aside
            aria-labelledby="summary-title"
            className="h-fit rounded-xl border border-line bg-white p-5 lg:sticky lg:top-4"
          >
            <h2 id="summary-title" className="text-lg font-bold text-teal-950">
              결제 예정 금액
            </h2>
            <MoneyTotals
              className="mt-4"
              itemsTotal={cart.itemsTotal}
              shippingTotal={cart.shippingTotal}
              total={cart.total}
            />
            <p className="mt-2 text-xs text-ink-soft">제주 지역은 주문서에서 센터별 추가 배송비가 더해집니다.</p>
            {priceChanged ? (
              <Form method="post" className="mt-4">
                <input type="hidden" name="intent" value="accept-prices" />
                <p className="mb-2 text-sm font-semibold text-orange-700">
                  가격이 바뀐 상품이 있습니다. 바뀐 가격을 확인해 주세요.
                </p>
                <button type="submit" className="btn btn-ghost w-full">
                  바뀐 가격으로 계속하기
                </button>
              </Form>
            ) : null}
            {cart.problems.length ? (
              <p className="mt-4 rounded-lg bg-orange-50 p-3 text-sm font-semibold text-orange-700">
                표시된 상품을 정리해야 주문할 수 있습니다.
              </p>
            ) : (
              <Link to="/checkout" className="btn btn-accent mt-5 w-full text-base">
                주문하기
              </Link>
            )}
          </aside>
        ) : null}
      </div>
    </>
  );
}

export const meta: MetaFunction = ({ matches }) =>
  seo({ baseUrl: baseUrlFrom(matches), path: "/cart", title: "장바구니", noindex: true });
