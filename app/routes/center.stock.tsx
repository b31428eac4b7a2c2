import { parseForm } from "~/utils/form-parse";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data } from "@remix-run/node";
import { useActionData, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { requireCenterStaff } from "~/accounts/session.server";
import { LOW_STOCK, stockSchema } from "~/catalog/stock-form";
import { listCenterStock, setVariantStock } from "~/catalog/stock.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { StockRow, type StockReply } from "~/catalog/stock-row";
import { DATABASE_UNAVAILABLE_MESSAGE } from "~/utils/db-errors.server";
import { nullWhenDatabaseUnavailable } from "~/utils/form-reply.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireCenterStaff(request);
  return { products: await listCenterStock(staff.centerId) };
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireCenterStaff(request);
  const submission = parseForm(await request.formData(), { schema: stockSchema });
  const rawId = Number(submission.payload.variantId);
  const variantId = Number.isSafeInteger(rawId) ? rawId : null;
  if (submission.status !== "success") {
    return data<StockReply>({ variantId, result: submission.reply() }, { status: 400 });
  }
  const outcome = await nullWhenDatabaseUnavailable(() =>
    setVariantStock({ ...submission.value, centerId: staff.centerId, userId: staff.id }),
  );
  if (!outcome) {
    const formErrors = [DATABASE_UNAVAILABLE_MESSAGE];
    return data<StockReply>({ variantId, result: submission.reply({ formErrors }) }, { status: 503 });
  }
  if (!outcome.ok && outcome.reason === "NOT_FOUND") {
    const formErrors = ["이 센터의 상품 옵션이 아닙니다. 페이지를 새로 고친 뒤 다시 시도해 주세요."];
    return data<StockReply>({ variantId, result: submission.reply({ formErrors }) }, { status: 404 });
  }
  if (!outcome.ok) {
    const message =
      `그사이 주문이 들어와 재고가 ${submission.value.expectedStock}개에서 ${outcome.currentStock}개로 바뀌었습니다. ` +
      `그래도 ${submission.value.stock}개로 바꾸려면 저장을 다시 누르세요.`;
    return data<StockReply>(
      { variantId, stale: true, result: submission.reply({ fieldErrors: { stock: [message] } }) },
      { status: 409 },
    );
  }
  const saved = outcome.changed
    ? `${outcome.itemName} 재고를 ${outcome.previous}개에서 ${outcome.stock}개로 바꿨습니다.`
    : `${outcome.itemName} 재고는 이미 ${outcome.stock}개입니다.`;
  return data<StockReply>({ variantId, saved, result: submission.reply() });
}

// A refused save (409) must still bring the page the count a sale left, so the next 저장 applies.
export const shouldRevalidate: ShouldRevalidateFunction = ({ actionResult, defaultShouldRevalidate }) =>
  (actionResult as StockReply | undefined)?.stale ? true : defaultShouldRevalidate;

export const headers = () => ({ "Cache-Control": "private, no-store" });

export default function CenterStockPage() {
  const { products } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const variants = products.flatMap((p) => p.variants);
  const soldOut = variants.filter((v) => v.stock === 0).length;
  const low = variants.filter((v) => v.stock > 0 && v.stock <= LOW_STOCK).length;
  // An answer for no option on this page (a forged or deleted id) is shown at the top.
  const orphanError =
    actionData && !variants.some((v) => v.id === actionData.variantId)
      ? Object.values(actionData.result.error ?? {}).flat()
      : [];
  return (
    <div className="space-y-5">
      <div className="space-y-2">
        <h1 className="text-2xl font-extrabold text-teal-950">재고 관리</h1>
        <p className="text-[15px] text-ink-soft">
          옵션마다 지금 있는 수량을 적고 저장을 누르세요. 주문이 들어오면 자동으로 줄어듭니다.
        </p>
        {variants.length ? (
          <p className="flex flex-wrap gap-2 text-sm font-bold">
            <span className="rounded-full bg-white px-3 py-1 text-teal-900 ring-1 ring-line">
              옵션 {variants.length}개
            </span>
            {soldOut ? <span className="rounded-full bg-orange-600 px-3 py-1 text-white">품절 {soldOut}</span> : null}
            {low ? (
              <span className="rounded-full bg-orange-50 px-3 py-1 text-orange-800 ring-1 ring-orange-200">
                재고 {LOW_STOCK}개 이하 {low}
              </span>
            ) : null}
          </p>
        ) : null}
      </div>
      {orphanError.length ? (
        <p role="alert" className="rounded-lg bg-orange-50 p-3 font-semibold text-orange-700">
          {[...new Set(orphanError)].join(" ")}
        </p>
      ) : null}
      {products.length === 0 ? (
        <p className="rounded-xl border border-dashed border-line p-8 text-center text-ink-soft">
          등록된 상품이 없습니다. 상품 등록은 광역자활센터에 요청해 주세요.
        </p>
      ) : (
        <div className="grid items-start gap-4 lg:grid-cols-2">
          {products.map((product) => (
            <section
              key={product.id}
              aria-labelledby={`product-${product.id}`}
              className="rounded-xl border border-line bg-white px-4 shadow-sm"
            >
              <h2
                id={`product-${product.id}`}
                className="flex flex-wrap items-center gap-2 border-b border-line py-3 text-lg font-bold text-teal-950"
              >
                {product.name}
                {product.visible ? null : (
                  <span className="rounded-full bg-stone-200 px-2.5 py-0.5 text-sm text-stone-700">쇼핑몰에 숨김</span>
                )}
              </h2>
              <ul className="divide-y divide-line">
                {product.variants.map((variant) => (
                  <StockRow
                    key={variant.id}
                    productName={product.name}
                    variant={variant}
                    reply={actionData?.variantId === variant.id ? actionData : undefined}
                  />
                ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "재고 관리 | 센터 업무" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
