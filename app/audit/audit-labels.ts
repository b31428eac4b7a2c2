// Korean names for the audit log's entities and actions. Actions other modules record without a
// label here are shown as written ("article.publish").

export const ENTITY_LABEL: Record<string, string> = {
  Product: "상품",
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
};

const ACTION_LABEL: Record<string, string> = {
  "product.create": "상품 등록",
  "product.update": "상품 수정",
  "product.image-add": "상품 사진 추가",
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
  "product.image-update": "상품 사진 수정",
  "product.image-remove": "상품 사진 삭제",
  "center.create": "센터 등록",
  "center.update": "센터 수정",
  "user.create": "계정 생성",
  "user.update": "계정 수정",
  "user.reset-password": "비밀번호 재설정",
  "user.disable": "계정 사용 중지",
  "user.enable": "계정 다시 사용",
  "site.update": "사이트 정보 수정",
  "policy.publish": "약관·방침 새 버전 게시",
};

export function entityLabel(entity: string) {
  return ENTITY_LABEL[entity] ?? entity;
}

export function actionLabel(action: string) {
  return ACTION_LABEL[action] ?? action;
}

/** The admin page of what an entry is about, where this app has one by id. */
export function entityPath(entity: string, entityId: string): string | null {
  if (!/^\d+$/.test(entityId)) return null;
  const base = { Product: "/admin/products", Center: "/admin/centers", User: "/admin/users" }[entity];
  return base ? `${base}/${entityId}` : null;
}
