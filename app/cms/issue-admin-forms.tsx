import type { IssueStatus } from "~/generated/prisma/enums";
import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { coverImageSchema, issueDetailsEditSchema, issueDetailsSchema } from "~/cms/issue-forms";
import { IMAGE_ACCEPT } from "~/media/image-sources";
import { useZodForm } from "~/utils/use-zod-form";
import { Field, FormErrors } from "~/components/field";
import { ResponsiveImage } from "~/components/responsive-image";

type LastResult = SubmissionResult<string[]> | undefined;

/** A titled white box of the 월호 page. */
export function Panel({
  title,
  id,
  className = "",
  children,
}: {
  title: string;
  id: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={`rounded-xl border border-line bg-white p-4 sm:p-5 ${className}`}>
      <h2 id={id} className="mb-4 text-lg font-extrabold text-teal-950">
        {title}
      </h2>
      {children}
    </section>
  );
}

function Intent({ value }: { value: string }) {
  return <input type="hidden" name="intent" value={value} />;
}

export function IssueDetailsForm({
  issue,
  lastResult,
}: {
  issue: { key: string; title: string; tagline: string; closing: string; status: IssueStatus };
  lastResult: LastResult;
}) {
  const published = issue.status === "PUBLISHED";
  const [form, fields] = useZodForm(published ? issueDetailsEditSchema : issueDetailsSchema, lastResult, {
    id: `issue-details-${issue.key}`,
    defaultValue: { key: issue.key, title: issue.title, tagline: issue.tagline, closing: issue.closing },
  });
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-4">
      <Intent value="details" />
      <FormErrors id={form.errorId} errors={form.errors} form={form} />
      {published ? (
        <p className="text-sm text-ink-soft">
          월호 번호 <strong className="text-ink">{issue.key}</strong> — 발행된 월호의 주소는 바꿀 수 없습니다.
        </p>
      ) : (
        <Field
          label="월호 번호"
          meta={fields.key}
          hint="연도-월 (예: 2024-01)"
          inputProps={{ ...getInputProps(fields.key, { type: "text" }), inputMode: "numeric", autoComplete: "off" }}
        />
      )}
      <Field label="월호 이름" meta={fields.title} inputProps={getInputProps(fields.title, { type: "text" })} />
      <Field
        label="한 줄 소개"
        meta={fields.tagline}
        optional
        inputProps={getInputProps(fields.tagline, { type: "text" })}
      />
      <Field
        label="맺음 인사"
        meta={fields.closing}
        optional
        hint="월호 끝에 싣는 인사말 (예: 2023년에 함께로서 행복했습니다.)"
        inputProps={getInputProps(fields.closing, { type: "text" })}
      />
      <button type="submit" className="btn btn-primary w-full">
        월호 정보 저장
      </button>
    </Form>
  );
}

export function CoverArticleForm({
  articles,
  coverArticleId,
  message,
}: {
  articles: { id: number; title: string; statusLabel: string }[];
  coverArticleId: number | null;
  message?: string;
}) {
  return (
    <Form method="post" className="space-y-3">
      <Intent value="cover-article" />
      <div>
        <label htmlFor="cover-article" className="mb-1 block text-sm font-bold text-teal-950">
          커버스토리
        </label>
        <select
          id="cover-article"
          name="coverArticleId"
          defaultValue={coverArticleId ?? ""}
          aria-describedby="cover-article-hint"
          className="input w-full"
        >
          <option value="">지정 안 함 (목차의 첫 기사)</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title} ({a.statusLabel})
            </option>
          ))}
        </select>
        <p id="cover-article-hint" className="mt-1 text-xs text-ink-soft">
          첫 화면 맨 위와 월호 목차에 크게 소개됩니다.
        </p>
        {message ? (
          <p role="alert" className="mt-1 text-sm font-semibold text-orange-700">
            {message}
          </p>
        ) : null}
      </div>
      <button type="submit" className="btn btn-ghost w-full" disabled={articles.length === 0}>
        커버스토리 저장
      </button>
    </Form>
  );
}

export function CoverImageForm({
  issueKey,
  image,
  lastResult,
}: {
  issueKey: string;
  image: { src: string; srcSet: string; width: number; height: number; alt: string } | null;
  lastResult: LastResult;
}) {
  const [form, fields] = useZodForm(coverImageSchema, lastResult, {
    id: `issue-cover-${issueKey}-${image?.src ?? "none"}`,
    defaultValue: { alt: image?.alt ?? "" },
  });
  const imageErrorId = `${form.id}-image-error`;
  const imageErrors = lastResult?.error?.image;
  return (
    <div className="space-y-3">
      {image ? (
        <ResponsiveImage image={image} alt={image.alt} sizes="22rem" className="aspect-[16/9] rounded-lg" />
      ) : (
        <p className="rounded-lg border border-dashed border-line bg-paper p-4 text-sm text-ink-soft">
          표지 사진이 없으면 커버스토리의 사진이나 그림이 쓰입니다.
        </p>
      )}
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="space-y-3">
        <Intent value="cover-image" />
        <FormErrors id={form.errorId} errors={form.errors} form={form} />
        <div>
          <label htmlFor={`${form.id}-image`} className="mb-1 block text-sm font-bold text-teal-950">
            {image ? "다른 사진으로 바꾸기" : "사진 파일"}{" "}
            {image ? <span className="font-normal text-ink-soft">(선택)</span> : null}
          </label>
          <input
            id={`${form.id}-image`}
            name="image"
            type="file"
            accept={IMAGE_ACCEPT}
            aria-invalid={imageErrors ? true : undefined}
            aria-describedby={`${form.id}-image-hint${imageErrors ? ` ${imageErrorId}` : ""}`}
            className="input w-full py-2 file:mr-3 file:rounded-md file:border-0 file:bg-teal-50 file:px-3 file:py-1.5 file:font-semibold file:text-teal-900"
          />
          <p id={`${form.id}-image-hint`} className="mt-1 text-xs text-ink-soft">
            JPEG, PNG, WebP · 10MB 이하 · 가로 1920px 이상이면 가장 선명합니다.
          </p>
          {imageErrors ? (
            <p id={imageErrorId} role="alert" className="mt-1 text-sm font-semibold text-orange-700">
              {imageErrors.join(" ")}
            </p>
          ) : null}
        </div>
        <Field
          label="사진 설명 (대체 텍스트)"
          meta={fields.alt}
          hint="사진을 볼 수 없는 독자에게 읽어 줍니다. 예: 자활 참여자들이 김 선물세트를 포장하는 모습"
          inputProps={getInputProps(fields.alt, { type: "text" })}
        />
        <button type="submit" className="btn btn-primary w-full">
          표지 사진 저장
        </button>
      </Form>
      {image ? (
        <Form method="post">
          <Intent value="cover-image-remove" />
          <button type="submit" className="btn btn-ghost w-full">
            표지 사진 빼기
          </button>
        </Form>
      ) : null}
    </div>
  );
}
