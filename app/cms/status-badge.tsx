import { STATUS_LABEL, type ArticleStatus } from "./article-states";

const TONE: Record<ArticleStatus, string> = {
  DRAFT: "bg-[#eceae5] text-[#374151] ring-[#d6d3cc]",
  REVIEW: "bg-orange-50 text-orange-700 ring-orange-500",
  SCHEDULED: "bg-[#e8eefc] text-[#1e3a8a] ring-[#b8c8f0]",
  PUBLISHED: "bg-teal-800 text-white ring-teal-800",
  UNPUBLISHED: "bg-[#fdecec] text-[#9b1c1c] ring-[#f3c1c1]",
};

const DOT: Record<ArticleStatus, string> = {
  DRAFT: "bg-[#6b7280]",
  REVIEW: "bg-orange-600",
  SCHEDULED: "bg-[#1e40af]",
  PUBLISHED: "bg-white",
  UNPUBLISHED: "bg-[#b91c1c]",
};

/** 임시저장 · 검토요청 · 예약 · 발행 · 발행중지, each in its own colour (and always with its word). */
export function StatusBadge({ state, large = false }: { state: ArticleStatus; large?: boolean }) {
  return (
    <span
      className={`inline-flex shrink-0 items-center gap-1.5 rounded-full font-bold whitespace-nowrap ring-1 ring-inset ${TONE[state]} ${
        large ? "min-h-9 px-3.5 text-[15px]" : "min-h-7 px-2.5 text-xs"
      }`}
    >
      <span aria-hidden="true" className={`size-1.5 rounded-full ${DOT[state]}`} />
      {STATUS_LABEL[state]}
    </span>
  );
}
