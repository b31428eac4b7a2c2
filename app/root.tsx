import type { LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteLoaderData,
} from "@remix-run/react";
import type { ReactNode } from "react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { RouteAnnouncer } from "~/components/route-announcer";
import { SiteFooter } from "~/components/site-footer";
import { SiteHeader } from "~/components/site-header";
import { getRegionalCenter } from "~/news/news.server";
import { SITE } from "~/site";
import { env } from "~/utils/env.server";
import { useNonce } from "~/utils/nonce";
import { errorMeta, jsonLd } from "~/utils/seo";
import stylesheet from "~/styles/app.css?url";

export async function loader(_: LoaderFunctionArgs) {
  const publisher = await getRegionalCenter();
  return { baseUrl: env.PUBLIC_BASE_URL, publisher };
}

export type RootData = Awaited<ReturnType<typeof loader>>;

export function useRootData() {
  return useRouteLoaderData<typeof loader>("root");
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const data = useRootData();
  const organization = data && {
    "@context": "https://schema.org",
    "@type": "Organization",
    name: SITE.publisher,
    url: data.baseUrl,
    logo: `${data.baseUrl}/favicon.svg`,
    email: data.publisher?.email ?? undefined,
    telephone: data.publisher?.phone ?? undefined,
    address: data.publisher?.address
      ? { "@type": "PostalAddress", streetAddress: data.publisher.address, addressCountry: "KR" }
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
        {organization ? (
          <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonLd(organization) }} />
        ) : null}
      </head>
      <body className="flex min-h-screen flex-col bg-paper text-ink antialiased">
        <a href="#main" className="skip-link">
          본문 바로가기
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
          {children}
        </main>
        <SiteFooter publisher={data?.publisher ?? null} />
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
