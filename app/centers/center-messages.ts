// The center form's words for the refusal of center-admin.server.ts.
import type { RefusalMessages } from "~/utils/form-reply.server";

export const centerRefusal: RefusalMessages<"SLUG_TAKEN"> = {
  SLUG_TAKEN: { field: "slug", message: "이미 다른 센터가 쓰는 주소입니다. 다른 주소를 입력해 주세요." },
};
