// The 월호 forms' words for each refusal of issues.server.ts and issue-publishing.server.ts.
import type { FieldMessage } from "~/utils/form-reply.server";
import type { IssueRefusalReason } from "./issues.server";

export function issueRefusal(refusal: { reason: IssueRefusalReason; key?: string; titles?: string[] }): FieldMessage {
  const form = (message: string) => ({ field: "form", message });
  switch (refusal.reason) {
    case "NOT_FOUND":
      return form("월호를 찾을 수 없습니다.");
    case "KEY_TAKEN":
      return { field: "key", message: `${refusal.key} 월호가 이미 있습니다. 다른 번호를 입력해 주세요.` };
    case "COVER_NOT_IN_ISSUE":
      return { field: "coverArticleId", message: "이 월호에 실린 기사 중에서 골라 주세요." };
    case "NOT_IN_ISSUE":
      return form("이 월호의 기사가 아닙니다. 새로고침한 뒤 다시 시도해 주세요.");
    case "ALREADY_PUBLISHED":
      return form("이미 발행된 월호입니다.");
    case "NOTHING_TO_PUBLISH":
      return form("함께 공개할 기사가 없습니다. 이 월호의 기사 중 한 건 이상을 먼저 ‘발행’ 상태로 만들어 주세요.");
    case "COVER_ALT_MISSING":
      return form("표지 사진의 설명(대체 텍스트)을 입력한 뒤 발행해 주세요.");
    case "ARTICLE_ALT_MISSING":
      return form(`대표 이미지의 대체 텍스트가 없는 기사가 있습니다: ${refusal.titles?.join(", ")}`);
    case "NOT_PUBLISHED":
      return form("발행된 월호가 아닙니다.");
  }
}
