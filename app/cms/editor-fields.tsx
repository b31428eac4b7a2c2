import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { ResponsiveImage } from "~/components/responsive-image";
import { Field } from "~/components/field";
import { CheckboxField } from "~/components/form-controls";
import type { ImageSources } from "~/media/image-sources";
import { useHydrated } from "~/utils/use-hydrated";
import { parseHashtags } from "./hashtags";

// Accepted by the server (which checks the bytes); this only narrows the browser's file picker.
const IMAGE_ACCEPT = "image/jpeg,image/png,image/webp";

/** Hashtags typed as "#김장 #나눔"; with JavaScript, the most used ones can be added with a tap. */
export function HashtagField({
  meta,
  suggestions,
}: {
  meta: FieldMetadata<string | undefined>;
  suggestions: string[];
}) {
  const hydrated = useHydrated();
  const current = parseHashtags(meta.value).tags;

  function add(tag: string) {
    const el = document.getElementById(meta.id);
    if (!(el instanceof HTMLInputElement)) return;
    el.value = `${el.value.trim()} #${tag}`.trim();
    el.dispatchEvent(new Event("input", { bubbles: true }));
  }

  const { key: _key, ...props } = getInputProps(meta, { type: "text" });
  return (
    <div>
      <Field
        label="해시태그"
        optional
        meta={meta}
        hint="띄어쓰기나 쉼표로 나눠 적습니다. 예: #김장 #나눔 (10개까지)"
        inputProps={{ ...props, placeholder: "#김장 #나눔", autoComplete: "off" }}
      />
      {hydrated && suggestions.length ? (
        <div className="mt-2">
          <p className="text-xs font-semibold text-ink-soft">자주 쓰는 해시태그</p>
          <ul className="mt-1 flex flex-wrap gap-1.5">
            {suggestions
              .filter((tag) => !current.includes(tag))
              .slice(0, 10)
              .map((tag) => (
                <li key={tag}>
                  <button type="button" className="tag min-h-9" onClick={() => add(tag)}>
                    <span aria-hidden="true" className="mr-1 font-normal">
                      ＋
                    </span>
                    #{tag}
                    <span className="sr-only"> 추가</span>
                  </button>
                </li>
              ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** The cover photo: the current one (if any), a new file, its alt text, and "remove". */
export function CoverImageField({
  fields,
  current,
  coverArt,
}: {
  fields: {
    coverImage: FieldMetadata<File | undefined>;
    coverAlt: FieldMetadata<string | undefined>;
    removeCover: FieldMetadata<boolean | undefined>;
  };
  current: (ImageSources & { alt: string }) | null;
  coverArt: string | null;
}) {
  const { key: _k1, ...fileProps } = getInputProps(fields.coverImage, { type: "file" });
  const { key: _k2, ...altProps } = getInputProps(fields.coverAlt, { type: "text" });
  const { key: _k3, ...removeProps } = getInputProps(fields.removeCover, { type: "checkbox" });
  return (
    <div className="grid gap-4">
      {current ? (
        <figure className="overflow-hidden rounded-lg border border-line">
          <ResponsiveImage image={current} alt={current.alt} sizes="22rem" className="aspect-[16/9]" />
          <figcaption className="bg-cream px-3 py-2 text-xs text-ink-soft">현재 대표 이미지</figcaption>
        </figure>
      ) : coverArt ? (
        <p className="rounded-lg bg-cream p-3 text-sm text-ink-soft">
          지금은 기본 일러스트(<code>{coverArt}</code>)가 표시됩니다. 사진을 올리면 사진이 대신 나옵니다.
        </p>
      ) : null}
      <div>
        <label htmlFor={fields.coverImage.id} className="mb-1 block text-sm font-bold text-teal-950">
          {current ? "다른 사진으로 바꾸기" : "사진 올리기"} <span className="font-normal text-ink-soft">(선택)</span>
        </label>
        <input
          {...fileProps}
          accept={IMAGE_ACCEPT}
          aria-describedby={`${fields.coverImage.id}-hint ${fields.coverImage.errors ? fields.coverImage.errorId : ""}`}
          className="block w-full rounded-lg border border-dashed border-[#9ca3af] bg-white p-3 text-sm file:mr-3 file:min-h-10 file:rounded-lg file:border-0 file:bg-teal-800 file:px-4 file:font-bold file:text-white"
        />
        <p id={`${fields.coverImage.id}-hint`} className="mt-1 text-xs text-ink-soft">
          JPEG, PNG, WebP · 10MB 이하. 저장에 실패하면 사진은 다시 골라 주세요.
        </p>
        {fields.coverImage.errors ? (
          <p id={fields.coverImage.errorId} className="mt-1 text-sm font-semibold text-orange-700">
            {fields.coverImage.errors.join(" ")}
          </p>
        ) : null}
      </div>
      <Field
        label="대체 텍스트"
        meta={fields.coverAlt}
        hint="사진을 볼 수 없는 분께 읽어 주는 설명입니다. 사진이 있으면 발행 전에 꼭 입력해 주세요."
        inputProps={{ ...altProps, placeholder: "예: 김장 김치를 담그는 참여주민들" }}
      />
      {current ? <CheckboxField label="대표 이미지 빼기" meta={fields.removeCover} inputProps={removeProps} /> : null}
    </div>
  );
}
