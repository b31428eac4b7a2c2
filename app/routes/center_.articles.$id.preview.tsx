import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireCenterStaff } from "~/accounts/session.server";
import { getArticlePreview } from "~/cms/article-preview.server";
import { ArticlePreviewPage } from "~/cms/article-preview-page";
import { articleIdParam } from "~/cms/articles.server";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { notFound } from "~/utils/http.server";

// A center's own article as readers would see it (outside the /center layout, like the admin preview).
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireCenterStaff(request);
  const id = articleIdParam(params.id);
  const preview = id ? await getArticlePreview({ id, centerId: user.centerId }) : null;
  if (!preview) notFound();
  return preview;
}

export const headers = () => ({ "Cache-Control": "private, no-store" });

export default function CenterArticlePreview() {
  const { article, html } = useLoaderData<typeof loader>();
  return <ArticlePreviewPage article={article} html={html} backTo={`/center/articles/${article.id}`} />;
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `미리보기: ${data?.article.title ?? "기사"} | 센터 업무` },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
