import { Form, Link, NavLink } from "@remix-run/react";
import type { ReactNode } from "react";
import { SITE } from "~/site";

export type StaffNavItem = { to: string; label: string; end?: boolean };

/** The working area of staff (/admin, /center): who is signed in, the area's menu, and the page. */
export function StaffShell({
  area,
  userName,
  nav,
  children,
}: {
  area: string;
  userName: string;
  nav: StaffNavItem[];
  children: ReactNode;
}) {
  return (
    <div className="staff-shell">
      <header className="border-b border-line bg-teal-900 text-white print:hidden">
        <div className="container-page flex flex-wrap items-center gap-x-3 gap-y-1 py-2 text-sm">
          <div className="min-w-0 leading-tight">
            <Link to="/" className="text-xs text-teal-100 underline-offset-2 hover:underline">
              {SITE.name} 사이트 보기
            </Link>
            <p className="truncate text-base font-bold">{area}</p>
          </div>
          <p className="ml-auto text-teal-100">{userName} 님</p>
          <Form method="post" action="/logout">
            <button type="submit" className="inline-flex min-h-11 items-center rounded-lg px-2 font-semibold underline">
              로그아웃
            </button>
          </Form>
        </div>
        <nav aria-label={`${area} 메뉴`} className="bg-teal-800">
          {/* One scrollable row: on a phone the menu never pushes the page down by three lines. */}
          <ul className="container-page flex gap-x-1 overflow-x-auto whitespace-nowrap">
            {nav.map((item) => (
              <li key={item.to} className="shrink-0">
                <NavLink
                  to={item.to}
                  end={item.end}
                  className={({ isActive }) =>
                    `inline-flex min-h-11 items-center border-b-2 px-3 text-[15px] font-semibold ${
                      isActive ? "border-orange-400 text-white" : "border-transparent text-teal-100 hover:text-white"
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
      <div className="container-page py-6">{children}</div>
    </div>
  );
}
