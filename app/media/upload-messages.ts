// The words for each refusal of an upload (images.server.ts) and the HTTP status it answers with. The form
// that took the file puts the message beside its file field (or over the form).
import type { UploadRefusalReason } from "./images.server";

export const UPLOAD_MESSAGES: Record<UploadRefusalReason, string> = {
  type: "JPEG, PNG, WebP 이미지만 올릴 수 있습니다.",
  "too-large": "이미지는 10MB 이하여야 합니다.",
  dimensions: "이미지가 너무 큽니다 (가로·세로 8,000px 이하).",
  empty: "이미지 파일을 선택해 주세요.",
  unreadable: "이미지 파일이 손상되어 읽을 수 없습니다. 다른 파일을 올려 주세요.",
  form: "보낸 양식을 읽을 수 없습니다. 다시 시도해 주세요.",
  "storage-down": "사진 저장소에 연결할 수 없어 사진을 저장하지 못했습니다. 잠시 후 다시 올려 주세요.",
};

/** The status of a refused upload: 413 for a body or file over the limit, 503 when the store is down, else 400. */
export function uploadStatus(reason: UploadRefusalReason): number {
  if (reason === "too-large") return 413;
  if (reason === "storage-down") return 503;
  return 400;
}

/** A refused upload as a route answers it: the Korean message and the status. */
export function uploadRefusal(reason: UploadRefusalReason) {
  return { message: UPLOAD_MESSAGES[reason], status: uploadStatus(reason) };
}
