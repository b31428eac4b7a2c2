import type { FieldMetadata } from "@conform-to/react";
import { getTextareaProps } from "@conform-to/react";
import { useFetcher } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";
import { useHydrated } from "~/utils/use-hydrated";

const PREVIEW_ENDPOINT = "/cms/markdown-preview";
const DEBOUNCE_MS = 400;

// Markdown made easy for staff who don't know it: buttons insert the marks around the selection.
const TOOLS: { label: string; before: string; after?: string; line?: boolean; sample: string }[] = [
  { label: "소제목", before: "## ", line: true, sample: "소제목" },
  { label: "굵게", before: "**", after: "**", sample: "굵은 글씨" },
  { label: "목록", before: "- ", line: true, sample: "항목" },
  { label: "인용", before: "> ", line: true, sample: "인용문" },
  { label: "링크", before: "[", after: "](https://)", sample: "링크 글자" },
];

/**
 * The article body: a Markdown text area with a live preview beside it (below it on phones). The
 * preview is rendered by the server's sanitizer, so it shows exactly what readers will get. Without
 * JavaScript the form's "미리보기" button posts the form and the page comes back with `initialHtml`.
 */
export function MarkdownField({
  meta,
  initialHtml,
  label = "본문 쓰기",
}: {
  meta: FieldMetadata<string | undefined>;
  initialHtml: string;
  label?: string;
}) {
  const hydrated = useHydrated();
  const fetcher = useFetcher<{ html: string }>({ key: `markdown-preview-${meta.formId}` });
  const textarea = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const [html, setHtml] = useState(initialHtml);
  useEffect(() => setHtml(initialHtml), [initialHtml]);
  useEffect(() => {
    if (fetcher.data?.html !== undefined) setHtml(fetcher.data.html);
  }, [fetcher.data]);
  useEffect(() => () => clearTimeout(timer.current), []);

  function schedulePreview() {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      fetcher.submit({ body: textarea.current?.value ?? "" }, { method: "post", action: PREVIEW_ENDPOINT });
    }, DEBOUNCE_MS);
  }

  function applyTool(tool: (typeof TOOLS)[number]) {
    const el = textarea.current;
    if (!el) return;
    const { selectionStart: start, selectionEnd: end, value } = el;
    const selected = value.slice(start, end) || tool.sample;
    const atLineStart = start === 0 || value[start - 1] === "\n";
    const prefix = tool.line && !atLineStart ? "\n" : "";
    const insert = `${prefix}${tool.before}${selected}${tool.after ?? ""}`;
    el.focus();
    el.setRangeText(insert, start, end, "end");
    const selStart = start + prefix.length + tool.before.length;
    el.setSelectionRange(selStart, selStart + selected.length);
    // Tell Conform (and the preview) that the value changed.
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }

  const { key: _key, ...props } = getTextareaProps(meta);
  const hintId = `${meta.id}-hint`;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <div>
        <label htmlFor={meta.id} className="mb-1 block text-sm font-bold text-teal-950">
          {label}
        </label>
        {hydrated ? (
          <div role="toolbar" aria-label="본문 서식" aria-controls={meta.id} className="mb-2 flex flex-wrap gap-1.5">
            {TOOLS.map((tool) => (
              <button
                key={tool.label}
                type="button"
                onClick={() => applyTool(tool)}
                className="inline-flex min-h-10 items-center rounded-lg border border-line bg-white px-3 text-sm font-semibold text-teal-900 hover:bg-teal-50"
              >
                {tool.label}
              </button>
            ))}
          </div>
        ) : null}
        <textarea
          {...props}
          ref={textarea}
          rows={20}
          onInput={schedulePreview}
          aria-describedby={[hintId, meta.errors ? meta.errorId : undefined].filter(Boolean).join(" ")}
          className="input min-h-72 w-full lg:min-h-[24rem] py-3 text-[15px] leading-relaxed aria-[invalid=true]:border-orange-600"
        />
        <p id={hintId} className="mt-1 text-xs text-ink-soft">
          빈 줄로 문단을 나눕니다. ## 소제목, **굵게**, - 목록, &gt; 인용, [글자](https://주소) 형식을 쓸 수 있습니다.
        </p>
        {meta.errors ? (
          <p id={meta.errorId} className="mt-1 text-sm font-semibold text-orange-700">
            {meta.errors.join(" ")}
          </p>
        ) : null}
      </div>
      <section aria-labelledby={`${meta.id}-preview`} className="min-w-0">
        <h2 id={`${meta.id}-preview`} className="mb-1 flex items-center gap-2 text-sm font-bold text-teal-950">
          미리보기
          <span className="font-normal text-ink-soft">독자에게 보이는 모습</span>
          {fetcher.state !== "idle" ? (
            <span role="status" className="ml-auto text-xs font-normal text-ink-soft">
              갱신 중…
            </span>
          ) : null}
        </h2>
        {/* A scrolling region must take focus, or keyboard users can't scroll it (WCAG 2.1.1). */}
        <div
          tabIndex={0}
          role="region"
          aria-labelledby={`${meta.id}-preview`}
          className="max-h-[36rem] min-h-40 overflow-y-auto lg:min-h-[24rem] rounded-lg border border-line bg-white p-4 sm:p-6"
        >
          {html ? (
            <div className="prose-article" dangerouslySetInnerHTML={{ __html: html }} />
          ) : (
            <p className="text-ink-soft">본문을 입력하면 여기에 독자 화면처럼 보여 드립니다.</p>
          )}
        </div>
      </section>
    </div>
  );
}
