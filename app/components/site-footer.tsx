import { Link } from "@remix-run/react";
import { POLICY_KINDS } from "~/policies/policy-kinds";
import { formatBusinessNumber, ftcLookupUrl } from "~/site-info/seller-format";
import type { SiteInfo } from "~/site-info/site-info-fields";
import { SITE } from "~/site";
import { PhoneLink } from "./phone-link";

const UNFILLED = "등록 전";

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-wrap gap-x-2">
      <dt className="text-teal-200">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Seller information the 전자상거래법 asks every page to show; empty values are shown as not yet registered. */
export function SiteFooter({ seller }: { seller: SiteInfo | null }) {
  const v = (value: string | undefined) => value || <span className="italic text-teal-200">{UNFILLED}</span>;
  return (
    <footer className="mt-16 bg-teal-950 text-teal-50">
      <div className="container-page grid gap-8 py-10 md:grid-cols-[1fr_auto]">
        <div>
          <p className="text-lg font-bold text-white">{seller?.businessName || SITE.publisher}</p>
          {seller ? (
            <dl className="mt-3 grid gap-y-1 text-sm sm:grid-cols-2 sm:gap-x-6">
              <Row term="대표자">{v(seller.representative)}</Row>
              <Row term="사업자등록번호">
                {seller.businessNumber ? (
                  <>
                    {formatBusinessNumber(seller.businessNumber)}{" "}
                    <a
                      href={ftcLookupUrl(seller.businessNumber)}
                      className="underline underline-offset-2"
                      rel="noopener noreferrer"
                      target="_blank"
                    >
                      사업자정보 확인<span className="sr-only"> (공정거래위원회, 새 창)</span>
                    </a>
                  </>
                ) : (
                  v("")
                )}
              </Row>
              <Row term="통신판매업 신고번호">{v(seller.mailOrderNumber)}</Row>
              <Row term="주소">{v(seller.address)}</Row>
              <Row term="전화">
                {seller.phone ? (
                  <PhoneLink phone={seller.phone} className="underline-offset-2 hover:underline" />
                ) : (
                  v("")
                )}
              </Row>
              <Row term="이메일">
                {seller.email ? (
                  <a href={`mailto:${seller.email}`} className="underline-offset-2 hover:underline">
                    {seller.email}
                  </a>
                ) : (
                  v("")
                )}
              </Row>
              <Row term="고객센터">{v(seller.csHours)}</Row>
              <Row term="개인정보 보호책임자">
                {seller.privacyOfficerName ? (
                  <>
                    {seller.privacyOfficerName}
                    {seller.privacyOfficerContact ? ` (${seller.privacyOfficerContact})` : ""}
                  </>
                ) : (
                  v("")
                )}
              </Row>
              <Row term="호스팅 서비스">{v(seller.hostingProvider)}</Row>
            </dl>
          ) : null}
          <p className="mt-4 text-xs text-teal-200">
            {SITE.parent} · {SITE.publisher}
          </p>
        </div>
        <nav aria-label="바닥글 메뉴">
          <ul className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm">
            {POLICY_KINDS.map((p) => (
              <li key={p.slug}>
                <Link
                  className={`hover:underline ${p.kind === "PRIVACY" ? "font-bold text-white" : ""}`}
                  to={`/policies/${p.slug}`}
                >
                  {p.title}
                </Link>
              </li>
            ))}
            <li>
              <Link className="hover:underline" to="/orders/lookup">
                주문 조회
              </Link>
            </li>
            <li>
              <Link className="hover:underline" to="/issues">
                지난호 보기
              </Link>
            </li>
            <li>
              <Link className="hover:underline" to="/centers">
                지역자활센터
              </Link>
            </li>
            <li>
              <Link className="hover:underline" to="/newsletter">
                웹진 구독
              </Link>
            </li>
            <li>
              <Link className="hover:underline" to="/shop">
                소소드림 상품
              </Link>
            </li>
            <li>
              <a className="hover:underline" href="/feed.xml">
                RSS 구독
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
