// The error page's Korean copy, shared by the boundary and the page <title>.
const MESSAGES: Record<number, { title: string; body: string }> = {
  404: {
    title: "페이지를 찾을 수 없습니다",
    body: "주소가 바뀌었거나 삭제된 페이지입니다. 주소를 다시 확인해 주세요.",
  },
  403: { title: "접근 권한이 없습니다", body: "이 페이지를 볼 수 있는 권한이 없습니다." },
  400: { title: "잘못된 요청입니다", body: "요청 내용을 다시 확인해 주세요." },
};

const FALLBACK = {
  title: "일시적인 오류가 발생했습니다",
  body: "불편을 드려 죄송합니다. 잠시 후 다시 시도해 주세요. 문제가 계속되면 광주광역자활센터로 연락해 주세요.",
};

export function errorMessage(status: number) {
  return MESSAGES[status] ?? FALLBACK;
}
