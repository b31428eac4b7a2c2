// The product photo forms' words: the notice after each photo command (product-images.server.ts) and, for
// a refused upload, media's message beside the file field.
import type { PhotoNotice } from "./product-images.server";

export const PHOTO_NOTICES: Record<PhotoNotice, string> = {
  added: "사진을 올렸습니다.",
  "alt-saved": "사진 설명을 저장했습니다.",
  "alt-unchanged": "바뀐 내용이 없습니다.",
  moved: "사진 순서를 바꿨습니다.",
  "at-end": "더 옮길 수 없습니다.",
  removed: "사진을 뺐습니다.",
};
