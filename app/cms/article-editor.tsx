import type { IssueStatus } from "~/generated/prisma/enums";
import {
  getFormProps,
  getInputProps,
  getSelectProps,
  getTextareaProps,
  type SubmissionResult,
} from "@conform-to/react";
import { Form, useNavigation } from "@remix-run/react";
import type { ReactNode } from "react";
import { Field, FormErrors } from "~/components/field";
import { FormSection, SelectField, TextareaField } from "~/components/form-controls";
import type { ImageSources } from "~/media/image-sources";
import { useZodForm } from "~/utils/use-zod-form";
import type { ArticleFormDefaults } from "./article-defaults";
import { adminArticleSchema, centerArticleSchema } from "./article-form";
import { canDo, type ArticleStatus } from "./article-states";
import { CoverImageField, HashtagField } from "./editor-fields";
import { MarkdownField } from "./markdown-field";
import { slugify } from "./slug";

type Option = { id: number; name?: string; title?: string; status?: string };

export type EditorOptions = {
  sections: { id: number; name: string }[];
  issues: { id: number; title: string; status: IssueStatus }[];
  centers: { id: number; name: string }[];
  tags: string[];
};

export type EditorArticle = {
  state: ArticleStatus;
  slugLocked: boolean;
  coverArt: string | null;
  coverImage: (ImageSources & { alt: string }) | null;
};

/**
 * The article form shared by editors (/admin/articles) and center staff (/center/articles). Staff get
 * the content fields only: their center and section come from the session, and they submit for review
 * instead of publishing.
 */
export function ArticleEditor({
  mode,
  formId,
  defaults,
  lastResult,
  previewHtml,
  options,
  article,
  placementNote,
}: {
  mode: "admin" | "center";
  formId: string;
  defaults: ArticleFormDefaults;
  lastResult: SubmissionResult<string[]> | undefined;
  previewHtml: string;
  options: EditorOptions;
  article: EditorArticle | null;
  /** Center mode: where the article will appear (section and center), shown instead of the selects. */
  placementNote?: ReactNode;
}) {
  // Both schemas share every field the form draws; the center one refuses the admin-only intents.
  const schema = (mode === "admin" ? adminArticleSchema : centerArticleSchema) as unknown as typeof adminArticleSchema;
  const [form, fields] = useZodForm(schema, lastResult, { id: formId, defaultValue: defaults });
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && navigation.formData?.get("intent") !== undefined;
  const state = article?.state ?? "DRAFT";
  const may = (action: Parameters<typeof canDo>[1]) => canDo({ status: state, publishedAt: null }, action);
  const title = fields.title.value ?? "";
  const { key: _k, ...slugProps } = getInputProps(fields.slug, { type: "text" });

  return (
    <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="grid gap-6">
      <FormErrors id={form.errorId} errors={form.errors} form={form} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start">
        <FormSection title="기사 내용">
          <Field label="제목" meta={fields.title} inputProps={getInputProps(fields.title, { type: "text" })} />
          {mode === "admin" ? (
            <Field
              label="주소 (/news/…)"
              optional={!article?.slugLocked}
              meta={fields.slug}
              hint={
                article?.slugLocked
                  ? "발행된 적이 있는 기사라 주소를 바꿀 수 없습니다."
                  : "비워 두면 제목으로 만듭니다. 영문 소문자, 숫자, 하이픈(-)만 씁니다."
              }
              inputProps={{
                ...slugProps,
                readOnly: article?.slugLocked,
                placeholder: title ? slugify(title) : "seogu-gimjang-nanum",
                autoCapitalize: "none",
                spellCheck: false,
              }}
            />
          ) : null}
          <TextareaField
            label="요약"
            meta={fields.summary}
            hint="기사 목록, 검색 결과, 공유 미리보기에 나오는 2~3문장 (300자 이내)"
            textareaProps={{ ...getTextareaProps(fields.summary), rows: 3 }}
          />
        </FormSection>

        <div className="grid gap-6">
          {mode === "admin" && (may("schedule") || !article) ? (
            <FormSection title="예약 발행" aside="정한 한국 시간이 되면 저절로 독자에게 공개됩니다.">
              <Field
                label="공개 일시"
                meta={fields.publishAt}
                inputProps={getInputProps(fields.publishAt, { type: "datetime-local" })}
              />
              <button type="submit" name="intent" value="schedule" className="btn btn-ghost w-full" disabled={busy}>
                {state === "SCHEDULED" ? "예약 일시 바꾸기" : "이 일시에 예약 발행"}
              </button>
            </FormSection>
          ) : null}
          <FormSection title="분류">
            {mode === "admin" ? (
              <>
                <SelectField
                  label="섹션"
                  meta={fields.sectionId}
                  placeholder="섹션 선택"
                  options={toOptions(options.sections)}
                  selectProps={getSelectProps(fields.sectionId)}
                />
                <SelectField
                  label="월호"
                  optional
                  meta={fields.issueId}
                  placeholder="월호 없음 (바로 공개)"
                  hint="발행 전인 월호에 넣으면 그 월호를 발행할 때 함께 공개됩니다."
                  options={options.issues.map((i) => ({
                    value: i.id,
                    label: i.status === "PUBLISHED" ? i.title : `${i.title} (발행 전)`,
                  }))}
                  selectProps={getSelectProps(fields.issueId)}
                />
                <SelectField
                  label="센터"
                  optional
                  meta={fields.centerId}
                  placeholder="센터 없음"
                  options={toOptions(options.centers)}
                  selectProps={getSelectProps(fields.centerId)}
                />
              </>
            ) : (
              placementNote
            )}
            <HashtagField meta={fields.hashtags} suggestions={options.tags} />
          </FormSection>
        </div>
      </div>

      <FormSection title="본문">
        <MarkdownField meta={fields.body} initialHtml={previewHtml} />
      </FormSection>

      <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
        <FormSection title="대표 이미지">
          <CoverImageField
            fields={{ coverImage: fields.coverImage, coverAlt: fields.coverAlt, removeCover: fields.removeCover }}
            current={article?.coverImage ?? null}
            coverArt={article?.coverArt ?? null}
          />
        </FormSection>
        <FormSection title="행사 정보" aside="행사 소식이면 입력하세요. 제목 아래에 일시·장소·주최로 나옵니다.">
          <div className="grid gap-4 sm:grid-cols-2">
            <Field
              label="시작 일시"
              optional
              meta={fields.eventStartsAt}
              hint="한국 시간"
              inputProps={getInputProps(fields.eventStartsAt, { type: "datetime-local" })}
            />
            <Field
              label="끝나는 일시"
              optional
              meta={fields.eventEndsAt}
              inputProps={getInputProps(fields.eventEndsAt, { type: "datetime-local" })}
            />
          </div>
          <Field
            label="장소"
            optional
            meta={fields.eventPlace}
            inputProps={{
              ...getInputProps(fields.eventPlace, { type: "text" }),
              placeholder: "예: 광주광역자활센터 3층 교육장",
            }}
          />
          <Field
            label="주최"
            optional
            meta={fields.eventHost}
            inputProps={{
              ...getInputProps(fields.eventHost, { type: "text" }),
              placeholder: "예: 광주서구지역자활센터",
            }}
          />
        </FormSection>
      </div>

      <EditorActions mode={mode} state={article ? state : null} busy={busy} />
    </Form>
  );
}

function toOptions(rows: Option[]) {
  return rows.map((r) => ({ value: r.id, label: r.name ?? r.title ?? String(r.id) }));
}

/** The form's buttons, kept in reach at the bottom of the screen. "저장" comes first: Enter saves. */
function EditorActions({
  mode,
  state,
  busy,
}: {
  mode: "admin" | "center";
  state: ArticleStatus | null;
  busy: boolean;
}) {
  const may = (action: Parameters<typeof canDo>[1]) => canDo({ status: state ?? "DRAFT", publishedAt: null }, action);
  const live = state === "PUBLISHED";
  const publishLabel = state === "UNPUBLISHED" ? "다시 발행" : state === "SCHEDULED" ? "지금 발행" : "발행하기";
  return (
    <div
      data-sticky-bar
      className="sticky bottom-0 z-10 -mx-4 border-t border-line bg-white/95 px-4 py-3 shadow-[0_-4px_12px_rgba(0,0,0,0.06)] backdrop-blur sm:mx-0 sm:rounded-xl sm:border"
    >
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="submit"
          name="intent"
          value="save"
          className="btn btn-primary min-w-28 flex-1 sm:flex-none"
          disabled={busy}
        >
          {mode === "center" ? "임시저장" : live ? "변경 내용 저장" : "저장"}
        </button>
        <button
          type="submit"
          name="intent"
          value="preview"
          className="btn btn-ghost flex-1 sm:flex-none"
          disabled={busy}
        >
          미리보기
        </button>
        {mode === "admin" && may("publish") ? (
          <button
            type="submit"
            name="intent"
            value="publish"
            className="btn btn-accent min-w-28 flex-1 sm:ml-auto sm:flex-none"
            disabled={busy}
          >
            {publishLabel}
          </button>
        ) : null}
        {mode === "center" ? (
          <button
            type="submit"
            name="intent"
            value="submit"
            className="btn btn-accent min-w-28 flex-1 sm:ml-auto sm:flex-none"
            disabled={busy}
          >
            검토 요청
          </button>
        ) : null}
      </div>
      {live ? (
        <p className="mt-2 text-xs text-ink-soft">발행 중인 기사입니다. 저장하면 독자 화면에 바로 반영됩니다.</p>
      ) : null}
    </div>
  );
}
