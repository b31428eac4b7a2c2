import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireCenterStaff } from "~/accounts/session.server";
import { handleArticleForm, readArticlePost } from "~/cms/article-actions.server";
import { ArticleEditor } from "~/cms/article-editor";
import { CenterPlacement } from "~/cms/center-placement";
import { centerEditorContext } from "~/cms/center-editor.server";
import { AdminHeading } from "~/components/admin-ui";
import { GeneralErrorBoundary } from "~/components/error-boundary";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireCenterStaff(request);
  return centerEditorContext(user.centerId);
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireCenterStaff(request);
  const formData = await readArticlePost(request);
  if (!(formData instanceof FormData)) return formData;
  return handleArticleForm(formData, { kind: "center", user }, { done: (id, i) => `/center/articles/${id}?done=${i}` });
}

export default function NewCenterArticle() {
  const { centerName, sectionName, options } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <AdminHeading title="새 소식 쓰기" back={{ to: "/center/articles", label: "우리 센터 소식" }} />
      <ArticleEditor
        mode="center"
        formId="center-article-new"
        defaults={{}}
        lastResult={actionData?.result}
        previewHtml={actionData?.previewHtml ?? ""}
        options={options}
        article={null}
        placementNote={<CenterPlacement sectionName={sectionName} centerName={centerName} />}
      />
    </>
  );
}

export const meta: MetaFunction = () => [{ title: "새 소식 쓰기 | 센터 업무" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
