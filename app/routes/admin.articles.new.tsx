import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/accounts/session.server";
import { handleArticleForm, readArticlePost } from "~/cms/article-actions.server";
import { articleFormDefaults } from "~/cms/article-defaults";
import { ArticleEditor } from "~/cms/article-editor";
import { articleOptions } from "~/cms/articles.server";
import { AdminHeading } from "~/components/admin-ui";
import { GeneralErrorBoundary } from "~/components/error-boundary";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, ["ADMIN", "EDITOR"]);
  const options = await articleOptions();
  // New articles start in the newest 월호 that is still being prepared, if there is one.
  const preparing = options.issues.find((i) => i.status !== "PUBLISHED");
  return { options, defaults: articleFormDefaults(null, { issueId: preparing ? String(preparing.id) : "" }) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "EDITOR"]);
  const formData = await readArticlePost(request);
  if (!(formData instanceof FormData)) return formData;
  return handleArticleForm(
    formData,
    { kind: "admin", user },
    { done: (id, intent) => `/admin/articles/${id}?done=${intent}` },
  );
}

export default function NewArticle() {
  const { options, defaults } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <AdminHeading title="새 기사 쓰기" back={{ to: "/admin/articles", label: "기사 목록" }} />
      <ArticleEditor
        mode="admin"
        formId="article-new"
        defaults={defaults}
        lastResult={actionData?.result}
        previewHtml={actionData?.previewHtml ?? ""}
        options={options}
        article={null}
      />
    </>
  );
}

export const meta: MetaFunction = () => [{ title: "새 기사 쓰기 | 관리" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
