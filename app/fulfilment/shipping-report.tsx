// The row-by-row answer to a 송장 일괄등록 upload: row numbers as Excel shows them, so staff can fix
// the failed rows in the same file and upload it again (rows already shipped are then skipped).
import { Link } from "@remix-run/react";
import { summariseUpload, type RowOutcome, type ShippingUploadReport } from "~/fulfilment/shipping-upload-form";

const OUTCOME: Record<RowOutcome, { label: string; badge: string; row: string }> = {
  SHIPPED: { label: "발송 처리됨", badge: "bg-teal-100 text-teal-900", row: "" },
  FAILED: { label: "실패", badge: "bg-orange-100 text-orange-800", row: "bg-orange-50/60" },
  SKIPPED: { label: "건너뜀", badge: "bg-stone-200 text-stone-700", row: "" },
};

export function ShippingReport({ report }: { report: ShippingUploadReport }) {
  const allGood = report.failed === 0;
  return (
    <section aria-labelledby="upload-report-title" className="space-y-3">
      <div
        role="status"
        className={`rounded-xl p-4 ${allGood ? "bg-teal-50 text-teal-950" : "bg-orange-50 text-orange-900"}`}
      >
        <h2 id="upload-report-title" className="text-lg font-extrabold">
          {summariseUpload(report)}
        </h2>
        <p className="mt-1 text-sm">
          {allGood
            ? "고객에게 송장번호를 안내합니다."
            : "실패한 행은 반영되지 않았습니다. 파일에서 해당 행을 고쳐 다시 올리면, 이미 발송 처리된 행은 건너뜁니다."}
          {report.blankRows > 0 ? ` 빈 행 ${report.blankRows}개는 읽지 않았습니다.` : ""}
        </p>
      </div>
      {report.rows.length > 0 ? (
        <div className="overflow-hidden rounded-xl border border-line bg-white">
          {/* Phones: result and reason stacked under the order number; wider screens: a column each. */}
          <table className="w-full border-collapse text-[15px]">
            <caption className="sr-only">행별 처리 결과</caption>
            <thead className="bg-cream text-left text-sm">
              <tr>
                <th scope="col" className="w-12 px-2 py-2 text-right sm:w-16 sm:px-3">
                  행
                </th>
                <th scope="col" className="px-3 py-2 sm:w-56">
                  주문번호
                </th>
                <th scope="col" className="hidden w-32 px-3 py-2 sm:table-cell">
                  결과
                </th>
                <th scope="col" className="hidden px-3 py-2 sm:table-cell">
                  내용
                </th>
              </tr>
            </thead>
            <tbody>
              {report.rows.map((row) => {
                const look = OUTCOME[row.outcome];
                const badge = (
                  <span
                    className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-bold whitespace-nowrap ${look.badge}`}
                  >
                    {look.label}
                  </span>
                );
                const reason = (
                  <span className={row.outcome === "FAILED" ? "font-semibold text-orange-800" : "text-ink-soft"}>
                    {row.reason}
                  </span>
                );
                return (
                  <tr key={row.row} className={`border-t border-line align-top ${look.row}`}>
                    <td className="px-2 py-2.5 text-right font-semibold tabular-nums sm:px-3">{row.row}</td>
                    <td className="px-3 py-2.5">
                      <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
                        {row.orderNumber && row.outcome !== "FAILED" ? (
                          <Link
                            to={`/center/orders/${row.orderNumber}`}
                            className="font-bold whitespace-nowrap underline"
                          >
                            {row.orderNumber}
                          </Link>
                        ) : (
                          <span className="font-bold whitespace-nowrap">{row.orderNumber || "(주문번호 없음)"}</span>
                        )}
                        <span className="sm:hidden">{badge}</span>
                      </span>
                      <span className="mt-1 block text-sm sm:hidden">{reason}</span>
                    </td>
                    <td className="hidden px-3 py-2.5 sm:table-cell">{badge}</td>
                    <td className="hidden px-3 py-2.5 sm:table-cell">{reason}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
