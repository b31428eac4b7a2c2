import { GeneralErrorBoundary } from "~/components/error-boundary";
import { notFound } from "~/utils/http.server";
import { errorMeta } from "~/utils/seo";

// Any URL no other route claims: a real 404 with the site's Korean error page.
export function loader() {
  notFound();
}

export default function NotFound() {
  return <GeneralErrorBoundary />;
}

export const meta = () => errorMeta(404);

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
