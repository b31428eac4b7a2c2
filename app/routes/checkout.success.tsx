import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { clearCart, readCartId } from "~/cart/cart.server";
import { getOrderByToken } from "~/orders/orders.server";
import { OrderDetails } from "~/orders/order-details";
import { PageHeader } from "~/components/page-header";
import { confirmCheckoutSession } from "~/payments/confirm.server";
import { notFound } from "~/utils/http.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const sessionId = new URL(request.url).searchParams.get("session_id") ?? "";
  const token = sessionId ? await confirmCheckoutSession(sessionId) : null;
  const order = token ? await getOrderByToken(token) : null;
  if (!order) notFound();
  // The order is placed and paid: what was in the cart has been bought.
  const cartId = await readCartId(request);
  if (cartId && order.status === "PAID") await clearCart(cartId);
  return { order };
}

export const headers = () => ({ "Cache-Control": "private, no-store" });

export default function CheckoutSuccess() {
  const { order } = useLoaderData<typeof loader>();
  const paid = order.status === "PAID";
  return (
    <>
      <PageHeader eyebrow="소소드림" title={paid ? "주문이 완료되었습니다" : "결제를 확인하고 있습니다"}>
        <p>
          {paid
            ? "주문해 주셔서 고맙습니다. 각 지역자활센터에서 상품을 준비해 보내 드립니다."
            : "결제가 확인되면 주문이 완료됩니다. 잠시 후 주문 조회에서 확인해 주세요."}
        </p>
      </PageHeader>
      <div className="container-page mt-8 max-w-3xl">
        <OrderDetails order={order} />
        <p className="mt-6">
          <Link to={`/orders/${order.lookupToken}`} className="btn btn-primary w-full sm:w-auto">
            주문 상세 보기
          </Link>
          <span className="mt-2 block text-sm text-ink-soft">
            이 링크를 저장해 두면 언제든 주문과 배송 상황을 볼 수 있습니다.
          </span>
        </p>
        <section aria-labelledby="next-title" className="mt-8 rounded-xl bg-cream p-5">
          <h2 id="next-title" className="font-bold text-teal-950">
            다음 단계
          </h2>
          <ol className="mt-2 list-decimal space-y-1 pl-5 text-[15px]">
            <li>센터에서 주문을 확인하고 상품을 준비합니다 (상품준비중).</li>
            <li>센터별로 택배를 보내면 송장번호를 주문 조회에서 볼 수 있습니다 (배송중).</li>
            <li>주문 상세 링크나, 주문번호와 휴대전화 번호로 주문조회에서 언제든 확인할 수 있습니다.</li>
          </ol>
        </section>
      </div>
    </>
  );
}

export const meta: MetaFunction = () => [{ title: "주문 완료 | 소소드림" }, { name: "robots", content: "noindex" }];
