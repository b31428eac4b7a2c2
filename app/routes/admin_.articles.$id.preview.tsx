import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { getArticlePreview } from "~/cms/article-preview.server";
import { ArticlePreviewPage } from "~/cms/article-preview-page";
import { articleIdParam } from "~/cms/articles.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { notFound } from "~/utils/http.server";

// Outside the /admin layout on purpose: the preview is the public page itself, with a preview bar.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN", "EDITOR"]);
  const id = articleIdParam(params.id);
  const preview = id ? await getArticlePreview({ id }) : null;
  if (!preview) notFound();
  return preview;
}

export const headers = () => ({ "Cache-Control": "private, no-store" });

export default function AdminArticlePreview() {
  const { article, html } = useLoaderData<typeof loader>();
  return <ArticlePreviewPage article={article} html={html} backTo={`/admin/articles/${article.id}`} />;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `미리보기: ${data?.article.title ?? "기사"} | 관리` },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
