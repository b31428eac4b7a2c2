import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Field, FormErrors, inputOf } from "~/components/field";
import { ResponsiveImage } from "~/components/responsive-image";
import { IMAGE_ACCEPT, imageSources, type ImageRecord } from "~/media/image-sources";
import { useZodForm } from "~/utils/use-zod-form";
import { photoAddSchema, photoAltSchema, photoFormId } from "./photo-form";

type Photo = { imageId: number; image: ImageRecord & { alt: string } };
type PhotoReply = { photoForm: string; result: SubmissionResult<string[]> } | null;

function PhotoButton({
  intent,
  imageId,
  label,
  photo,
  disabled,
}: {
  intent: string;
  imageId: number;
  label: string;
  /** Which photo, for screen readers ("빼기" alone doesn't say which). */
  photo: string;
  disabled?: boolean;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="imageId" value={imageId} />
      <button
        type="submit"
        name="intent"
        value={intent}
        disabled={disabled}
        className="btn btn-ghost min-h-10 px-3 text-sm disabled:opacity-40"
      >
        {label}
        <span className="sr-only"> ({photo})</span>
      </button>
    </Form>
  );
}

/** Photos of a product on its admin page: upload (alt text required), describe, reorder, remove. */
export function ProductPhotos({
  name,
  photos,
  reply,
  notice,
}: {
  name: string;
  photos: Photo[];
  /** The answer to the photo form that was sent, shown in that form. */
  reply?: PhotoReply;
  notice?: string | null;
}) {
  const resultFor = (formId: string) => (reply?.photoForm === formId ? reply.result : undefined);
  return (
    <section aria-labelledby="photos-title" className="rounded-xl border border-line bg-white p-4 sm:p-6">
      <h2 id="photos-title" className="text-lg font-extrabold text-teal-950">
        사진
      </h2>
      <p className="mt-1 text-sm text-ink-soft">
        첫 번째 사진이 쇼핑몰 목록에 보입니다. 사진이 없으면 기본 그림이 나옵니다.
      </p>
      {notice ? (
        <p role="status" className="mt-4 rounded-lg bg-teal-50 p-3 font-semibold text-teal-900">
          {notice}
        </p>
      ) : null}
      {photos.length ? (
        <ol className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-1">
          {photos.map((photo, index) => (
            <li key={photo.imageId} className="rounded-lg border border-line bg-paper p-3">
              <div className="flex gap-3">
                <div className="w-24 shrink-0 overflow-hidden rounded-md">
                  <ResponsiveImage
                    image={imageSources(photo.image)}
                    alt={photo.image.alt}
                    sizes="96px"
                    className="aspect-square"
                  />
                </div>
                <div className="min-w-0 grow">
                  <p className="text-sm font-bold text-teal-950">
                    {index === 0 ? "대표 사진" : `${index + 1}번째 사진`}
                  </p>
                  <div className="mt-1 flex flex-wrap gap-1">
                    <PhotoButton
                      intent="photo-up"
                      imageId={photo.imageId}
                      photo={photo.image.alt}
                      label="앞으로"
                      disabled={index === 0}
                    />
                    <PhotoButton
                      intent="photo-down"
                      imageId={photo.imageId}
                      photo={photo.image.alt}
                      label="뒤로"
                      disabled={index === photos.length - 1}
                    />
                    <PhotoButton intent="photo-remove" imageId={photo.imageId} photo={photo.image.alt} label="빼기" />
                  </div>
                </div>
              </div>
              <PhotoAltForm
                key={`${photo.imageId}-${photo.image.alt}`}
                photo={photo}
                lastResult={resultFor(photoFormId("photo-alt", photo.imageId))}
              />
            </li>
          ))}
        </ol>
      ) : null}
      <PhotoUpload name={name} lastResult={resultFor("photo-add")} />
    </section>
  );
}

/** One photo's description (its alt text), changed in place. */
function PhotoAltForm({ photo, lastResult }: { photo: Photo; lastResult: SubmissionResult<string[]> | undefined }) {
  const [form, fields] = useZodForm(photoAltSchema, lastResult, {
    id: photoFormId("photo-alt", photo.imageId),
    defaultValue: { alt: photo.image.alt },
  });
  return (
    <Form method="post" {...getFormProps(form)} className="mt-3">
      <input type="hidden" name="intent" value="photo-alt" />
      <input type="hidden" name="imageId" value={photo.imageId} />
      <FormErrors id={form.errorId} errors={form.errors} form={form} />
      <div className="flex items-end gap-2">
        <Field label="사진 설명" meta={fields.alt} inputProps={inputOf(fields.alt)} className="min-w-0 grow" />
        <button type="submit" className="btn btn-ghost px-3">
          저장
        </button>
      </div>
    </Form>
  );
}

/** A new photo: the file and its description (required: screen readers read it). */
function PhotoUpload({ name, lastResult }: { name: string; lastResult: SubmissionResult<string[]> | undefined }) {
  const [form, fields] = useZodForm(photoAddSchema, lastResult, { id: "photo-add" });
  return (
    <Form
      method="post"
      encType="multipart/form-data"
      {...getFormProps(form)}
      className="mt-6 grid gap-3 rounded-lg border border-dashed border-teal-200 bg-teal-50/40 p-4"
    >
      <h3 className="font-bold text-teal-950">사진 올리기</h3>
      <input type="hidden" name="intent" value="photo-add" />
      <FormErrors id={form.errorId} errors={form.errors} form={form} />
      <Field
        label="사진 파일"
        meta={fields.photo}
        inputProps={{ ...getInputProps(fields.photo, { type: "file" }), accept: IMAGE_ACCEPT }}
        hint="JPEG·PNG·WebP, 10MB 이하"
      />
      <Field
        label="사진 설명 (대체 텍스트)"
        meta={fields.alt}
        inputProps={{ ...inputOf(fields.alt), placeholder: `예: ${name} 포장 앞면` }}
        hint="사진을 볼 수 없는 분께 읽어 주는 글입니다. 사진에 보이는 것을 짧게 적어 주세요."
      />
      <div>
        <button type="submit" className="btn btn-primary">
          사진 올리기
        </button>
      </div>
    </Form>
  );
}
