import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireCenterStaff } from "~/accounts/session.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { NothingToPrint, PackingSlip, PrintToolbar } from "~/fulfilment/packing-paper";
import { loadPackingSlips } from "~/fulfilment/packing.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const staff = await requireCenterStaff(request);
  return loadPackingSlips(staff.centerId);
}

export default function PackingSlipsPage() {
  const { slips, center } = useLoaderData<typeof loader>();
  return (
    <div className="print-sheet mx-auto max-w-3xl space-y-5">
      <PrintToolbar title="포장 명세서" detail={`상품준비중 주문 ${slips.length}건 · 한 장에 한 주문씩 인쇄됩니다.`} />
      {slips.length === 0 ? (
        <NothingToPrint />
      ) : (
        slips.map((slip) => <PackingSlip key={slip.id} slip={slip} center={center} />)
      )}
    </div>
  );
}

export const meta: MetaFunction = () => [{ title: "포장 명세서 | 센터 업무" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
