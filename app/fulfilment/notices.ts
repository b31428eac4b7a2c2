// Short confirmations shown once after a fulfilment change redirects back (`?notice=…`).
/** The one-line notice for `?notice=…` after a redirect. */
export function noticeText(notice: string | null): string | null {
  if (!notice) return null;
  const accepted = /^accepted-(\d+)-(\d+)$/.exec(notice);
  if (accepted) {
    const [, done, skipped] = accepted;
    return Number(skipped) > 0
      ? `${done}건을 발주확인했습니다. ${skipped}건은 이미 처리되어 건너뛰었습니다.`
      : `${done}건을 발주확인했습니다.`;
  }
  if (notice === "shipped") return "발송 처리했습니다. 고객에게 송장번호를 안내합니다.";
  if (notice === "delivered") return "배송완료로 바꿨습니다.";
  return null;
}
