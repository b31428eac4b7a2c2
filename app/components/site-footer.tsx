import { Link } from "@remix-run/react";
import { SITE } from "~/site";
import { PhoneLink } from "./phone-link";

type Publisher = {
  name: string;
  representative: string | null;
  phone: string | null;
  address: string | null;
  email: string | null;
} | null;

export function SiteFooter({ publisher }: { publisher: Publisher }) {
  return (
    <footer className="mt-16 bg-teal-950 text-teal-50">
      <div className="container-page grid gap-8 py-10 md:grid-cols-[1fr_auto]">
        <div>
          <p className="text-lg font-bold text-white">{publisher?.name ?? SITE.publisher}</p>
          {publisher ? (
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm text-teal-100">
              {publisher.representative ? (
                <>
                  <dt>대표자</dt>
                  <dd>{publisher.representative}</dd>
                </>
              ) : null}
              {publisher.phone ? (
                <>
                  <dt>연락처</dt>
                  <dd>
                    <PhoneLink phone={publisher.phone} className="underline-offset-2 hover:underline" />
                  </dd>
                </>
              ) : null}
              {publisher.address ? (
                <>
                  <dt>주소</dt>
                  <dd>{publisher.address}</dd>
                </>
              ) : null}
              {publisher.email ? (
                <>
                  <dt>이메일</dt>
                  <dd>
                    <a href={`mailto:${publisher.email}`} className="underline-offset-2 hover:underline">
                      {publisher.email}
                    </a>
                  </dd>
                </>
              ) : null}
            </dl>
          ) : null}
          <p className="mt-4 text-xs text-teal-200">
            {SITE.parent} · {SITE.publisher}
          </p>
        </div>
        <nav aria-label="바닥글 메뉴">
          <ul className="grid grid-cols-2 gap-x-6 gap-y-2 text-sm">
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
