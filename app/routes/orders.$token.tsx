import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getOrderByToken } from "~/orders/orders.server";
import { OrderDetails } from "~/orders/order-details";
import { PageHeader } from "~/components/page-header";
import { notFound } from "~/utils/http.server";

// The token is the unguessable part of the link; knowing an order number alone opens nothing.
export async function loader({ params }: LoaderFunctionArgs) {
  const order = await getOrderByToken(params.token ?? "");
  if (!order) notFound();
  return { order };
}

export const headers = () => ({ "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" });

export default function OrderPage() {
  const { order } = useLoaderData<typeof loader>();
  return (
    <>
      <PageHeader eyebrow="소소드림 주문조회" title="주문 내역" />
      <div className="container-page mt-8 max-w-3xl">
        <OrderDetails order={order} />
        <p className="mt-6 text-sm text-ink-soft">
          이 페이지 주소를 아는 사람은 주문 내역을 볼 수 있습니다. 다시 볼 때는{" "}
          <Link to="/orders/lookup" className="underline">
            주문조회
          </Link>
          를 이용해 주세요.
        </p>
      </div>
    </>
  );
}

export const meta: MetaFunction = () => [{ title: "주문 내역 | 소소드림" }, { name: "robots", content: "noindex" }];
