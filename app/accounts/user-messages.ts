// The account forms' words for each refusal of users.server.ts, and where each message stands.
import type { RefusalMessages } from "~/utils/form-reply.server";
import type { UserRefusalReason } from "./users.server";

export const userRefusal: RefusalMessages<UserRefusalReason> = {
  EMAIL_TAKEN: { field: "email", message: "이미 등록된 이메일입니다." },
  UNKNOWN_CENTER: { field: "centerId", message: "없는 센터입니다." },
  LAST_ADMIN: {
    field: "form",
    message: "사용 중인 관리자가 한 명은 있어야 합니다. 다른 관리자를 먼저 만들어 주세요.",
  },
  OWN_ROLE: { field: "form", message: "자신의 역할은 바꿀 수 없습니다." },
  SELF_DISABLE: { field: "form", message: "자신의 계정은 사용 중지할 수 없습니다." },
};
