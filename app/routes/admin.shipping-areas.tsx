import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { REMOTE_AREAS, SURCHARGE_BY_KIND } from "~/cart/remote-areas";
import { AdminHeading } from "~/components/admin-ui";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { formatWon } from "~/utils/format";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN"]);
  return { areas: REMOTE_AREAS, kinds: SURCHARGE_BY_KIND };
}

export default function ShippingAreas() {
  const { areas, kinds } = useLoaderData<typeof loader>();
  return (
    <>
      <AdminHeading title="제주·도서산간 추가 배송비">
        받는 분 우편번호가 아래 범위에 들면 센터별 택배 한 상자마다 추가 배송비가 붙습니다. 주문서의 결제 금액에
        포함되어 결제 전에 보입니다. 바꾸려면 app/cart/remote-areas.ts를 고칩니다.
      </AdminHeading>
      <ul className="mb-6 flex flex-wrap gap-3">
        {Object.values(kinds).map((k) => (
          <li key={k.label} className="rounded-lg border border-line bg-white px-4 py-2 font-semibold">
            {k.label} +{formatWon(k.amount)}
          </li>
        ))}
      </ul>
      <div className="overflow-x-auto rounded-xl border border-line bg-white">
        <table className="w-full text-sm">
          <caption className="sr-only">추가 배송비 우편번호 범위</caption>
          <thead className="bg-cream text-left">
            <tr>
              <th scope="col" className="px-4 py-2">
                우편번호
              </th>
              <th scope="col" className="px-4 py-2">
                지역
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                상자당 추가
              </th>
            </tr>
          </thead>
          <tbody>
            {areas.map((a) => (
              <tr key={`${a.from}-${a.to}-${a.kind}`} className="border-t border-line">
                <td className="px-4 py-2 tabular-nums">{a.from === a.to ? a.from : `${a.from}–${a.to}`}</td>
                <td className="px-4 py-2">{a.region}</td>
                <td className="px-4 py-2 text-right">
                  {kinds[a.kind].label} {formatWon(kinds[a.kind].amount)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-sm text-ink-soft">
        같은 우편번호가 두 범위에 들면 위에 있는 범위(제주 도서)가 먼저 적용됩니다.
      </p>
    </>
  );
}

export const meta: MetaFunction = () => [
  { title: "추가 배송비 지역 | 광주자활뉴스" },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
