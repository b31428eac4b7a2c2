import { getFormProps, getInputProps } from "@conform-to/react";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { requireCenterStaff } from "~/accounts/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/field";
import { ShippingReport } from "~/fulfilment/shipping-report";
import { COURIERS } from "~/orders/couriers";
import { shippingQueueCounts } from "~/fulfilment/packing.server";
import { shippingUploadSchema } from "~/fulfilment/shipping-upload-form";
import { handleShippingUpload } from "~/fulfilment/shipping-upload.server";
import { useZodForm } from "~/utils/use-zod-form";

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireCenterStaff(request);
  return shippingQueueCounts(staff.centerId);
}

export async function action({ request }: ActionFunctionArgs) {
  const staff = await requireCenterStaff(request);
  return handleShippingUpload(request, staff);
}

function Step({ n, title, children }: { n: number; title: string; children: ReactNode }) {
  return (
    <section className="flex flex-col gap-3 rounded-xl border border-line bg-white p-4 shadow-sm sm:p-5">
      <h2 className="flex items-center gap-2 text-lg font-extrabold text-teal-950">
        <span className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-teal-800 text-sm text-white">
          {n}
        </span>
        {title}
      </h2>
      {children}
    </section>
  );
}

const COURIER_NAMES = Object.values(COURIERS)
  .map((c) => c.name)
  .join(" · ");

export default function CenterShippingPage() {
  const { toShip, toAccept } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useZodForm(shippingUploadSchema, actionData?.result);
  const uploading = useNavigation().formMethod === "POST";
  const fileHintId = `${fields.file.id}-hint`;
  const { key: fileKey, ...fileProps } = getInputProps(fields.file, { type: "file" });
  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <p>
            <Link to="/center?status=ACCEPTED" className="inline-flex min-h-11 items-center font-semibold underline">
              ← 주문 관리
            </Link>
          </p>
          <h1 className="text-2xl font-extrabold text-teal-950">발송 준비</h1>
        </div>
      </div>

      <div className="grid grid-cols-2 gap-3">
        <p className="rounded-xl bg-teal-800 p-4 text-white">
          <span className="block text-sm font-semibold text-teal-100">발송할 주문 (상품준비중)</span>
          <strong className="text-3xl font-extrabold">{toShip}건</strong>
        </p>
        <p className="rounded-xl border border-line bg-white p-4">
          <span className="block text-sm font-semibold text-ink-soft">발주확인 대기 (신규주문)</span>
          <span className="flex flex-wrap items-baseline gap-x-3">
            <strong className="text-3xl font-extrabold text-teal-950">{toAccept}건</strong>
            {toAccept > 0 ? (
              <Link to="/center?status=NEW" className="inline-flex min-h-11 items-center font-semibold underline">
                발주확인하기
              </Link>
            ) : null}
          </span>
        </p>
      </div>

      {actionData?.report ? <ShippingReport report={actionData.report} /> : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <Step n={1} title="오늘의 피킹 리스트">
          <p className="flex-1 text-[15px] text-ink-soft">
            상품별로 꺼낼 수량의 합계와, 주문마다 담을 상품의 체크리스트입니다.
          </p>
          <Link to="/center/shipping/picking" className="btn btn-ghost min-h-11">
            피킹 리스트 보기·인쇄
          </Link>
        </Step>
        <Step n={2} title="포장 명세서">
          <p className="flex-1 text-[15px] text-ink-soft">주문마다 한 장씩 A4로 인쇄해 상자에 함께 넣습니다.</p>
          <Link to="/center/shipping/slips" className="btn btn-ghost min-h-11">
            포장 명세서 인쇄
          </Link>
        </Step>
      </div>

      <Step n={3} title="송장 일괄등록">
        <div className="grid gap-5 md:grid-cols-2 md:gap-8">
          <div className="space-y-3">
            <ol className="list-decimal space-y-1 pl-5 text-[15px] text-ink-soft marker:font-bold marker:text-teal-800">
              <li>발송할 주문을 CSV로 내려받습니다.</li>
              <li>
                엑셀에서 <strong className="text-ink">택배사</strong>와 <strong className="text-ink">송장번호</strong>{" "}
                칸만 채웁니다. 오늘 보내지 않는 주문은 비워 두세요.
              </li>
              <li>같은 파일을 그대로 올리면 주문마다 발송 처리하고 결과를 행별로 알려 드립니다.</li>
            </ol>
            <a href="/center/shipping/export.csv" className="btn btn-accent min-h-11 w-full" download>
              CSV 내려받기 ({toShip}건)
            </a>
          </div>
          <Form
            method="post"
            encType="multipart/form-data"
            {...getFormProps(form)}
            className="space-y-2 border-t border-line pt-4 md:border-t-0 md:border-l md:pt-0 md:pl-8"
          >
            <FormErrors id={form.errorId} errors={form.errors} form={form} />
            <label htmlFor={fields.file.id} className="block font-bold text-teal-950">
              채운 CSV 파일 올리기
            </label>
            <input
              {...fileProps}
              key={fileKey}
              accept=".csv,text/csv"
              aria-describedby={[fileHintId, fields.file.errors ? fields.file.errorId : ""].join(" ").trim()}
              className="block min-h-11 w-full rounded-lg border border-[#9ca3af] bg-white text-[15px] file:mr-3 file:min-h-11 file:border-0 file:bg-teal-50 file:px-4 file:font-bold file:text-teal-900"
            />
            <p id={fileHintId} className="text-sm text-ink-soft">
              택배사: {COURIER_NAMES} (CJ, 우체국처럼 줄여 써도 됩니다). 송장번호는 숫자만. 한 번에 1MB·2,000행까지.
            </p>
            {fields.file.errors ? (
              <p id={fields.file.errorId} className="text-sm font-semibold text-orange-700">
                {fields.file.errors.join(" ")}
              </p>
            ) : null}
            <button type="submit" className="btn btn-primary min-h-11 w-full" disabled={uploading}>
              {uploading ? "처리하는 중…" : "올리고 발송 처리"}
            </button>
          </Form>
        </div>
      </Step>
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "발송 준비 | 센터 업무" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
