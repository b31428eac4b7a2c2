import { parseForm } from "~/utils/form-parse";
import { productRefusal } from "~/catalog/product-messages";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { createProduct } from "~/catalog/product-admin.server";
import { listCenterChoices } from "~/centers/center-admin.server";
import { blankVariant, productSchema } from "~/catalog/product-form";
import { AdminHeading } from "~/components/admin-ui";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ProductAdminForm } from "~/catalog/product-admin-form";
import { nullWhenDatabaseUnavailable, replyDatabaseUnavailable, replyUnsaved } from "~/utils/form-reply.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  return { centers: await listCenterChoices() };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN"]);
  const submission = parseForm(await request.formData(), { schema: productSchema });
  if (submission.status !== "success") return replyUnsaved(submission);
  const result = await nullWhenDatabaseUnavailable(() => createProduct(submission.value, user.id));
  if (!result) return replyDatabaseUnavailable(submission);
  if (!result.ok) return replyUnsaved(submission, productRefusal(result));
  throw redirect(`/admin/products/${result.data.id}?saved=created`);
}

const NEW_PRODUCT = { visible: "on", variants: [blankVariant(1)] };

export default function NewProduct() {
  const { centers } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <AdminHeading title="상품 등록" back={{ to: "/admin/products", label: "상품 목록" }}>
        사진은 상품을 저장한 뒤 올릴 수 있습니다.
      </AdminHeading>
      <ProductAdminForm lastResult={lastResult} defaultValue={NEW_PRODUCT} centers={centers} submitLabel="상품 등록" />
    </>
  );
}

export const meta: MetaFunction = () => [{ title: "상품 등록 | 광주자활뉴스" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
