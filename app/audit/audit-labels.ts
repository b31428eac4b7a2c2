// Korean names for the audit log's entities and actions. `recordAudit` accepts only the actions and
// entities named here, so a new kind of entry cannot reach the log without its Korean label.

export const ENTITY_LABEL = {
  Product: "상품",
  ProductVariant: "상품 옵션",
  Center: "센터",
  User: "사용자",
  Order: "주문",
  Fulfilment: "센터 주문",
  Article: "기사",
  Issue: "월호",
  Image: "이미지",
  Notification: "알림",
  Refund: "환불",
  SiteInfo: "사이트 정보",
  PolicyVersion: "약관·방침",
  Settlement: "정산",
} as const satisfies Record<string, string>;
export type AuditEntity = keyof typeof ENTITY_LABEL;

export const ACTION_LABEL = {
  "product.create": "상품 등록",
  "product.update": "상품 수정",
  "product.image-add": "상품 사진 추가",
  "product.image-update": "상품 사진 수정",
  "product.image-remove": "상품 사진 삭제",
  "stock.set": "재고 수정",
  "image.upload": "이미지 올림",
  "image.reuse": "같은 이미지 다시 올림",
  "issue.create": "월호 만듦",
  "issue.update": "월호 정보 수정",
  "issue.cover-article": "커버스토리 지정",
  "issue.cover-image": "표지 사진 지정",
  "issue.cover-image-remove": "표지 사진 뺌",
  "issue.reorder": "기사 순서 바꿈",
  "issue.publish": "월호 발행",
  "issue.unpublish": "월호 발행 취소",
  "article.create": "기사 작성",
  "article.update": "기사 수정",
  "article.submit": "기사 검토 요청",
  "article.request_changes": "기사 수정 요청",
  "article.publish": "기사 발행",
  "article.schedule": "기사 발행 예약",
  "article.unschedule": "기사 예약 취소",
  "article.unpublish": "기사 발행 중지",
  "article.restore_revision": "기사 이전 판 복원",
  "center.create": "센터 등록",
  "center.update": "센터 수정",
  "user.create": "계정 생성",
  "user.update": "계정 수정",
  "user.reset-password": "비밀번호 재설정",
  "user.disable": "계정 사용 중지",
  "user.enable": "계정 다시 사용",
  "site.update": "사이트 정보 수정",
  "policy.publish": "약관·방침 새 버전 게시",
  "user.notification-preferences": "알림 메일 설정 변경",
  "notification.resend": "알림 메일 다시 보냄",
  "order.cancel": "주문 취소·환불",
  "order.refund": "주문 환불",
  "order.revive": "늦은 결제로 주문 되살림",
  "order.request-answer": "취소·반품·교환 요청 처리",
  "order.request-collect": "반품·교환 상품 회수",
  "order.request-complete": "반품·교환 완료",
  "order.review-close": "확인 필요 결제 처리 완료",
  "fulfilment.bulk-ship": "송장 일괄 등록",
  "fulfilment.correct-shipment": "송장 정정",
  "settlement.confirm": "정산 확정",
  "settlement.pay": "정산 지급 완료",
  "settlement.reopen": "정산 확정 취소",
} as const satisfies Record<string, string>;
export type AuditAction = keyof typeof ACTION_LABEL;

function isKey<T extends object>(table: T, key: string): key is Extract<keyof T, string> {
  return Object.prototype.hasOwnProperty.call(table, key);
}

/** Rows written before an action was renamed still read as Korean, never as a code. */
export function entityLabel(entity: string): string {
  return isKey(ENTITY_LABEL, entity) ? ENTITY_LABEL[entity] : "기타";
}

export function actionLabel(action: string): string {
  return isKey(ACTION_LABEL, action) ? ACTION_LABEL[action] : "기타 작업";
}
