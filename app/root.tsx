import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { JsonLdScripts } from "~/components/json-ld";
import { RouteAnnouncer } from "~/components/route-announcer";
import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { isStaffAreaMatch } from "~/components/staff-area";
import { SITE } from "~/site";
import { getShownSiteInfo } from "~/site-info/site-info.server";
import { env } from "~/utils/env.server";
import { useNonce } from "~/utils/nonce";
import { errorMeta } from "~/utils/seo";
import stylesheet from "~/styles/app.css?url";

export async function loader(_: LoaderFunctionArgs) {
  const seller = await getShownSiteInfo();
  return { baseUrl: env.PUBLIC_BASE_URL, seller };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

// The staff areas (/admin, /center) carry their shell's own bar instead of the public header (search,
// 장바구니) and footer.
function useIsStaffArea() {
  return useMatches().some(isStaffAreaMatch);
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const data = useRootData();
  const staff = useIsStaffArea();
  const organization = data && {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: SITE.publisher,
    url: data.baseUrl,
    logo: `${data.baseUrl}/favicon.svg`,
    email: data.seller.email || undefined,
    telephone: data.seller.phone || undefined,
    address: data.seller.address
      ? { "@type": "PostalAddress", streetAddress: data.seller.address, addressCountry: "KR" }
      : undefined,
    parentOrganization: { "@type": "Organization", name: SITE.parent },
  };
  return (
    <html lang="ko">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#0f5257" />
        <Meta />
        <Links />
        {organization ? <JsonLdScripts data={[organization]} /> : null}
      </head>
      <body className="flex min-h-screen flex-col bg-paper text-ink antialiased">
        <a href="#main" className="skip-link">
          본문 바로가기
        </a>
        {staff ? null : <SiteHeader />}
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        {staff ? null : <SiteFooter seller={data?.seller ?? null} />}
        <RouteAnnouncer />
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesheet },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
  { rel: "alternate", type: "application/rss+xml", title: `${SITE.name} RSS`, href: "/feed.xml" },
];

export default function App() {
  return <Outlet />;
}

// A route that throws (an unknown article, product, tag…) renders this boundary, and only the matches up
// to it count for <Meta>: without this the error page had no <title>.
export const meta: MetaFunction = ({ error }) =>
  error ? errorMeta(isRouteErrorResponse(error) ? error.status : 500) : [];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
