import { Form } from "@remix-run/react";
import { ResponsiveImage } from "~/components/responsive-image";
import { imageSources, type ImageRecord } from "~/media/image-sources";

type Photo = { imageId: number; image: ImageRecord & { alt: string } };

const ACCEPT = "image/jpeg,image/png,image/webp";

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
  error,
  notice,
}: {
  name: string;
  photos: Photo[];
  error?: string | null;
  notice?: string | null;
}) {
  return (
    <section aria-labelledby="photos-title" className="rounded-xl border border-line bg-white p-4 sm:p-6">
      <h2 id="photos-title" className="text-lg font-extrabold text-teal-950">
        사진
      </h2>
      <p className="mt-1 text-sm text-ink-soft">
        첫 번째 사진이 쇼핑몰 목록에 보입니다. 사진이 없으면 기본 그림이 나옵니다.
      </p>
      {error ? (
        <p role="alert" className="mt-4 rounded-lg bg-orange-50 p-3 font-semibold text-orange-700">
          {error}
        </p>
      ) : null}
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
              <Form method="post" className="mt-3 flex items-end gap-2">
                <input type="hidden" name="imageId" value={photo.imageId} />
                <label className="min-w-0 grow text-sm font-bold text-teal-950">
                  사진 설명
                  <input name="alt" defaultValue={photo.image.alt} required className="input mt-1 w-full font-normal" />
                </label>
                <button type="submit" name="intent" value="photo-alt" className="btn btn-ghost px-3">
                  저장
                </button>
              </Form>
            </li>
          ))}
        </ol>
      ) : null}
      <Form
        method="post"
        encType="multipart/form-data"
        className="mt-6 grid gap-3 rounded-lg border border-dashed border-teal-200 bg-teal-50/40 p-4"
      >
        <h3 className="font-bold text-teal-950">사진 올리기</h3>
        <label className="text-sm font-bold text-teal-950">
          사진 파일 <span className="font-normal text-ink-soft">(JPEG·PNG·WebP, 10MB 이하)</span>
          <input type="file" name="photo" accept={ACCEPT} required className="input mt-1 w-full py-2 font-normal" />
        </label>
        <label className="text-sm font-bold text-teal-950">
          사진 설명 (대체 텍스트)
          <input name="alt" required placeholder={`예: ${name} 포장 앞면`} className="input mt-1 w-full font-normal" />
          <span className="mt-1 block text-xs font-normal text-ink-soft">
            사진을 볼 수 없는 분께 읽어 주는 글입니다. 사진에 보이는 것을 짧게 적어 주세요.
          </span>
        </label>
        <div>
          <button type="submit" name="intent" value="photo-add" className="btn btn-primary">
            사진 올리기
          </button>
        </div>
      </Form>
    </section>
  );
}
