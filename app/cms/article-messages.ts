// The article forms' words for each refusal of the article saves and state changes.
import type { FieldMessage } from "~/utils/form-reply.server";
import type { ArticleRefusalFigures, ArticleRefusalReason } from "./article-save.server";
import { ACTION_LABEL, STATUS_LABEL } from "./article-states";

const MISSING: Record<string, string> = {
  summary: "요약을 입력해 주세요.",
  body: "본문을 입력해 주세요.",
  sectionId: "섹션을 선택해 주세요.",
  coverAlt: "대표 이미지의 대체 텍스트를 입력해 주세요.",
};

export function articleRefusal(reason: ArticleRefusalReason, figures: ArticleRefusalFigures = {}): FieldMessage {
  const form = (message: string) => ({ field: "form", message });
  switch (reason) {
    case "NOT_FOUND":
      return form("기사를 찾을 수 없습니다.");
    case "SLUG_TAKEN":
      return { field: "slug", message: "이미 다른 기사가 쓰고 있는 주소입니다. 다른 주소를 입력해 주세요." };
    case "SLUG_FROZEN":
      return {
        field: "slug",
        message: "발행된 적이 있는 기사의 주소는 바꿀 수 없습니다. (이미 공유된 링크가 끊어집니다)",
      };
    case "INCOMPLETE": {
      const goal = figures.action === "submit" ? "검토를 요청하려면" : "발행하려면";
      const field = figures.field ?? "form";
      return { field, message: `${goal} ${MISSING[field] ?? "빠진 내용을 채워 주세요."}` };
    }
    case "WRONG_STATE": {
      const status = figures.status ? STATUS_LABEL[figures.status] : "지금";
      const action = figures.action ? ACTION_LABEL[figures.action] : "변경";
      return form(`‘${status}’ 상태의 기사는 ${action}할 수 없습니다. 새로 고침 후 다시 확인해 주세요.`);
    }
    case "MOVED_MEANWHILE":
      return form("다른 사람이 이 기사의 상태를 방금 바꾸었습니다. 새로 고침 후 다시 확인해 주세요.");
    case "PUBLISH_AT_MISSING":
      return { field: "publishAt", message: "예약 발행 일시를 입력해 주세요." };
    case "PUBLISH_AT_PAST":
      return { field: "publishAt", message: "예약 발행 일시는 지금보다 뒤여야 합니다." };
    case "REVIEW_NOTE_MISSING":
      return { field: "reviewNote", message: "작성자에게 보낼 수정 요청 내용을 입력해 주세요." };
    case "NOT_OWN_DRAFT":
      return form("검토 중이거나 발행된 기사는 고칠 수 없습니다. 편집자에게 문의해 주세요.");
    case "REVISION_NOT_FOUND":
      return form("되돌릴 버전을 찾을 수 없습니다.");
  }
}
