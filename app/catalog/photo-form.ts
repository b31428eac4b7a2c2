// The photo forms of /admin/products/:id (catalog/product-photos.tsx), one `intent` each: upload (a file and
// its description), describe, move and remove a photo of the product. Shared by the browser and the server.
import { z } from "zod";
import { requiredImageFile } from "~/media/image-input";
import { requiredText } from "~/utils/form-inputs";
import { lengthMessage } from "~/utils/text-fields";

export const ALT_REQUIRED = "사진 설명(대체 텍스트)을 입력해 주세요. 화면을 읽어 주는 프로그램이 이 글을 읽습니다.";
export const MAX_ALT = 200;

// One line (parseForm drops control characters), counted as a person sees it.
const alt = requiredText(ALT_REQUIRED, MAX_ALT, `사진 설명은 ${lengthMessage(MAX_ALT)}`);
const imageId = z.number().int().positive();

export const photoAddSchema = z.object({
  intent: z.literal("photo-add"),
  alt,
  photo: requiredImageFile("올릴 사진 파일을 골라 주세요."),
});
export const photoAltSchema = z.object({ intent: z.literal("photo-alt"), imageId, alt });

export const PHOTO_INTENTS = ["photo-add", "photo-alt", "photo-up", "photo-down", "photo-remove"] as const;
export type PhotoIntent = (typeof PHOTO_INTENTS)[number];

export const photoSchema = z.discriminatedUnion("intent", [
  photoAddSchema,
  photoAltSchema,
  z.object({ intent: z.enum(["photo-up", "photo-down", "photo-remove"]), imageId }),
]);
export type PhotoCommand = z.infer<typeof photoSchema>;

export function isPhotoIntent(value: unknown): value is PhotoIntent {
  return PHOTO_INTENTS.includes(value as PhotoIntent);
}

/** The form a photo answer belongs to: the upload form, or one photo's description form. */
export function photoFormId(intent: unknown, imageId?: unknown) {
  return intent === "photo-add" ? "photo-add" : `photo-alt-${String(imageId ?? "")}`;
}
