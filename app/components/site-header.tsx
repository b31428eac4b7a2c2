import { Form, Link, NavLink, useSearchParams } from "@remix-run/react";
import { SITE } from "~/site";
import { SearchBox } from "~/search/search-box";

const NAV = [
  { to: "/", label: "최신호", end: true },
  { to: "/issues", label: "지난호" },
  { to: "/news", label: "전체 소식" },
  { to: "/events", label: "행사 일정" },
  { to: "/centers", label: "자활센터" },
  { to: "/shop", label: "소소드림" },
];

export function SiteHeader() {
  const [params] = useSearchParams();
  return (
    <header className="border-b border-line bg-white">
      <div className="container-page flex flex-wrap items-center gap-x-6 gap-y-2 py-3">
        {/* Named by its visible words (WCAG 2.5.3), so "광주자활뉴스 누르기" works by voice too. */}
        <Link to="/" className="group flex flex-col leading-tight">
          <span className="text-xs font-medium text-teal-700">{SITE.publisher} 웹진</span>
          <span className="text-2xl font-extrabold tracking-tight text-teal-900 group-hover:text-teal-700">
            {SITE.name}
          </span>
          <span className="sr-only">홈</span>
        </Link>
        <nav aria-label="쇼핑" className="ml-auto flex gap-1 text-sm font-semibold sm:order-last sm:ml-0">
          <Link
            to="/orders/lookup"
            className="inline-flex min-h-11 items-center rounded-lg px-2 text-teal-900 hover:bg-teal-50"
          >
            주문조회
          </Link>
          <Link to="/cart" className="inline-flex min-h-11 items-center rounded-lg px-2 text-teal-900 hover:bg-teal-50">
            장바구니
          </Link>
        </nav>
        <Form
          method="get"
          action="/search"
          role="search"
          aria-label="사이트 검색"
          className="order-last flex w-full gap-2 sm:order-none sm:ml-auto sm:w-auto"
        >
          <label htmlFor="site-search" className="sr-only">
            소식 검색
          </label>
          <SearchBox
            id="site-search"
            defaultValue={params.get("q") ?? ""}
            placeholder="소식·상품 검색"
            className="input"
            wrapperClassName="sm:w-56 sm:flex-none"
          />
          <button type="submit" className="btn btn-primary shrink-0">
            검색
          </button>
        </Form>
      </div>
      <nav aria-label="주 메뉴" className="border-t border-line">
        <ul className="container-page -mb-px flex gap-1 overflow-x-auto whitespace-nowrap">
          {NAV.map((item) => (
            <li key={item.to}>
              <NavLink
                to={item.to}
                end={item.end}
                prefetch="intent"
                className={({ isActive }) =>
                  `inline-block border-b-2 px-3 py-3 text-[15px] font-semibold ${
                    isActive
                      ? "border-orange-500 text-teal-900"
                      : "border-transparent text-ink-soft hover:text-teal-800"
                  }`
                }
              >
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
