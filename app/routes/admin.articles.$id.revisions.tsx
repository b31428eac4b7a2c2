import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { data, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/accounts/session.server";
import { articleRefusal } from "~/cms/article-messages";
import { ArticleRefused } from "~/cms/article-save.server";
import { articleIdParam } from "~/cms/articles.server";
import { findArticleTitle, getRevision, listRevisions, restoreRevision } from "~/cms/revisions.server";
import { AdminHeading } from "~/components/admin-ui";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FormErrors } from "~/components/field";
import { DATABASE_UNAVAILABLE_MESSAGE } from "~/utils/db-errors.server";
import { formatDateTime } from "~/utils/format";
import { savedUnlessUnavailable } from "~/utils/form-reply.server";
import { parseForm } from "~/utils/form-parse";
import { notFound } from "~/utils/http.server";
import { renderMarkdown } from "~/utils/markdown.server";

async function requireArticle(request: Request, rawId: string | undefined) {
  const user = await requireRole(request, ["ADMIN", "EDITOR"]);
  const id = articleIdParam(rawId);
  const article = id ? await findArticleTitle(id) : null;
  if (!article) notFound();
  return { user, article };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { article } = await requireArticle(request, params.id);
  const revisions = await listRevisions(article.id);
  const wanted = Number(new URL(request.url).searchParams.get("rev")) || revisions[0]?.id;
  const selected = wanted ? await getRevision(article.id, wanted) : null;
  return {
    article,
    revisions,
    currentId: revisions[0]?.id ?? null,
    selected: selected ? { ...selected, html: renderMarkdown(selected.body), body: undefined } : null,
  };
}

// The page's "이 버전으로 되돌리기" button: which revision. A revision of another article is refused below.
const restoreSchema = z.object({ intent: z.literal("restore"), revisionId: z.number().int().nonnegative() });

export async function action({ request, params }: ActionFunctionArgs) {
  const { user, article } = await requireArticle(request, params.id);
  const submission = parseForm(await request.formData(), { schema: restoreSchema });
  if (submission.status !== "success") throw data("Bad Request", { status: 400 });
  const { revisionId } = submission.value;
  let restored: boolean;
  try {
    restored = await savedUnlessUnavailable(() => restoreRevision(article.id, revisionId, user.id));
  } catch (error) {
    if (error instanceof ArticleRefused) return data({ error: articleRefusal(error.reason).message }, { status: 404 });
    throw error;
  }
  // A held lock or a full disk: the same page, the button offered again.
  if (!restored) return data({ error: DATABASE_UNAVAILABLE_MESSAGE }, { status: 503 });
  return redirect(`/admin/articles/${article.id}?done=restore`);
}

export default function ArticleRevisions() {
  const { article, revisions, currentId, selected } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  return (
    <>
      <AdminHeading title="버전 기록" back={{ to: `/admin/articles/${article.id}`, label: "기사 편집으로" }}>
        ‘{article.title}’ — 저장할 때마다 제목·요약·본문이 한 버전으로 남습니다.
      </AdminHeading>
      <FormErrors id="restore-errors" errors={actionData?.error ? [actionData.error] : undefined} />
      <div className="grid gap-6 lg:grid-cols-[20rem_minmax(0,1fr)] lg:items-start">
        <nav aria-label="버전 목록" className="rounded-xl border border-line bg-white">
          <ol className="divide-y divide-line">
            {revisions.map((r, i) => (
              <li key={r.id}>
                <Link
                  to={`?rev=${r.id}`}
                  aria-current={selected?.id === r.id ? "page" : undefined}
                  className="block min-h-11 px-4 py-3 hover:bg-teal-50 aria-[current=page]:bg-teal-50 aria-[current=page]:font-semibold"
                >
                  <span className="flex items-center gap-2 text-sm">
                    <span className="tabular-nums">{formatDateTime(r.createdAt)}</span>
                    {i === 0 ? (
                      <span className="rounded bg-teal-800 px-1.5 text-xs font-bold text-white">현재</span>
                    ) : null}
                  </span>
                  <span className="mt-0.5 block truncate text-sm text-ink-soft">
                    {r.author?.name ?? "알 수 없음"} · {r.title}
                  </span>
                </Link>
              </li>
            ))}
          </ol>
          {revisions.length === 0 ? <p className="p-4 text-ink-soft">아직 저장된 버전이 없습니다.</p> : null}
        </nav>
        {selected ? (
          <article aria-labelledby="revision-title" className="rounded-xl border border-line bg-white p-4 sm:p-6">
            <p className="text-sm text-ink-soft">
              {formatDateTime(selected.createdAt)} · {selected.author?.name ?? "알 수 없음"}
            </p>
            <h2 id="revision-title" className="mt-2 text-2xl font-extrabold text-teal-950">
              {selected.title}
            </h2>
            {selected.summary ? <p className="mt-3 rounded-lg bg-cream p-3 text-ink-soft">{selected.summary}</p> : null}
            <div className="prose-article mt-6" dangerouslySetInnerHTML={{ __html: selected.html }} />
            {selected.id !== currentId ? (
              <Form method="post" className="mt-8 border-t border-line pt-4">
                <input type="hidden" name="revisionId" value={selected.id} />
                <button type="submit" name="intent" value="restore" className="btn btn-accent">
                  이 버전으로 되돌리기
                </button>
                <p className="mt-2 text-xs text-ink-soft">
                  제목·요약·본문만 바뀝니다. 되돌린 것도 새 버전으로 남아 언제든 다시 바꿀 수 있습니다.
                </p>
              </Form>
            ) : (
              <p className="mt-8 border-t border-line pt-4 text-sm text-ink-soft">지금 저장되어 있는 버전입니다.</p>
            )}
          </article>
        ) : null}
      </div>
    </>
  );
}

export const meta: MetaFunction = () => [{ title: "버전 기록 | 관리" }, { name: "robots", content: "noindex" }];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
