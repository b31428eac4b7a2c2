import { parseForm } from "~/utils/form-parse";
import { productRefusal } from "~/catalog/product-messages";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { listAuditLog } from "~/audit/audit.server";
import { getAdminProduct, productFormDefaults, updateProduct } from "~/catalog/product-admin.server";
import { productSchema } from "~/catalog/product-form";
import { parsePhotoForm, photoAction, refusedUpload } from "~/catalog/product-images.server";
import { listCenterChoices } from "~/centers/center-admin.server";
import { AdminHeading, StateTag } from "~/components/admin-ui";
import { Notice } from "~/components/notice";
import { AuditPanel } from "~/audit/audit-trail";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ProductAdminForm } from "~/catalog/product-admin-form";
import { ProductPhotos } from "~/catalog/product-photos";
import { ImageUploadError, readMultipartForm } from "~/media/images.server";
import { nullWhenDatabaseUnavailable, replyDatabaseUnavailable, replyUnsaved } from "~/utils/form-reply.server";
import { notFound } from "~/utils/http.server";

function productId(params: { id?: string }) {
  return /^\d{1,9}$/.test(params.id ?? "") ? Number(params.id) : notFound();
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  const product = await getAdminProduct(productId(params));
  if (!product) notFound();
  const { id, name, slug, visible, updatedAt } = product;
  return {
    product: { id, name, slug, visible, version: updatedAt.toISOString() },
    defaults: productFormDefaults(product),
    variantNotes: Object.fromEntries(product.variants.map((v) => [v.id, { orders: v._count.orderItems }])),
    photos: product.images.map(({ imageId, image }) => ({ imageId, image })),
    centers: await listCenterChoices(),
    history: await listAuditLog({ entity: "Product", entityId: id, take: 8 }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN"]);
  const id = productId(params);
  let formData: FormData;
  try {
    // The photo upload is multipart (and size-limited while it is read); the other forms are not.
    const multipart = request.headers.get("Content-Type")?.startsWith("multipart/form-data");
    formData = multipart ? await readMultipartForm(request) : await request.formData();
  } catch (error) {
    if (error instanceof ImageUploadError) return refusedUpload(error.reason);
    throw error;
  }
  const photo = parsePhotoForm(formData);
  if (photo) return photoAction(photo, id, user.id);
  const submission = parseForm(formData, { schema: productSchema });
  if (submission.status !== "success") return replyUnsaved(submission);
  const result = await nullWhenDatabaseUnavailable(() => updateProduct(id, submission.value, user.id));
  if (!result) return replyDatabaseUnavailable(submission);
  if (!result.ok) return replyUnsaved(submission, productRefusal(result));
  throw redirect(`/admin/products/${id}?saved=updated`);
}

const SAVED: Record<string, string> = {
  created: "상품을 등록했습니다. 이제 사진을 올릴 수 있습니다.",
  updated: "저장했습니다.",
};

export default function EditProduct() {
  const { product, defaults, variantNotes, photos, centers, history } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [params] = useSearchParams();
  const photoReply = actionData && "photoForm" in actionData ? actionData : null;
  const photoNotice = actionData && "photoNotice" in actionData ? actionData.photoNotice : null;
  const lastResult =
    actionData && !("photoForm" in actionData) && !("photoNotice" in actionData) ? actionData : undefined;
  const saved = actionData ? undefined : SAVED[params.get("saved") ?? ""];
  return (
    <>
      <AdminHeading
        title={product.name}
        back={{ to: "/admin/products", label: "상품 목록" }}
        actions={
          product.visible ? (
            <Link to={`/shop/${product.slug}`} className="btn btn-ghost">
              쇼핑몰에서 보기
            </Link>
          ) : null
        }
      >
        <StateTag tone={product.visible ? "on" : "off"}>{product.visible ? "쇼핑몰에 공개 중" : "숨김"}</StateTag>
      </AdminHeading>
      {saved ? <Notice>{saved}</Notice> : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        {/* A new version of the product (after a save) starts the form afresh from what was saved. */}
        <ProductAdminForm
          key={product.version}
          lastResult={lastResult}
          defaultValue={defaults}
          centers={centers}
          variantNotes={variantNotes}
          submitLabel="저장"
        />
        <div className="space-y-6">
          <ProductPhotos name={product.name} photos={photos} reply={photoReply} notice={photoNotice} />
          <AuditPanel entries={history} />
        </div>
      </div>
    </>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.product.name ?? "상품"} 수정 | 광주자활뉴스` },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
