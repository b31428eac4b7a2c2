// One request as the customer and the staff read it: kind, state, reason, the photo sent with it, the answer,
// the 반품 배송비 taken off and the amount refunded.
import { formatDateTime, formatWon } from "~/utils/format";
import { imageSources, type ImageRecord } from "~/media/image-sources";
import {
  PART_REQUEST_KIND_LABEL,
  PART_REQUEST_ORIGIN_LABEL,
  requestStateLabel,
  type PartRequestKind,
} from "./part-request-rules";

export type RequestRow = {
  id: number;
  kind: PartRequestKind;
  origin: "CUSTOMER" | "CENTER";
  status: "OPEN" | "APPROVED" | "REJECTED" | "WITHDRAWN";
  reasonCode: string;
  note: string;
  answerNote: string;
  answeredAt: string | Date | null;
  refundAmount: number | null;
  returnFee: number;
  collectedAt: string | Date | null;
  completedAt: string | Date | null;
  createdAt: string | Date;
  photo?: (ImageRecord & { alt: string }) | null;
  requestedBy?: { name: string } | null;
  answeredBy?: { name: string } | null;
};

function RequestPhoto({ photo, label }: { photo: ImageRecord; label: string }) {
  const image = imageSources(photo);
  return (
    <a href={image.src} className="mt-2 inline-block" target="_blank" rel="noreferrer">
      <img
        src={image.src}
        srcSet={image.srcSet}
        sizes="10rem"
        width={image.width}
        height={image.height}
        alt={label}
        loading="lazy"
        className="h-auto w-40 rounded-lg border border-line"
      />
    </a>
  );
}

export function RequestSummary({ request, staff = false }: { request: RequestRow; staff?: boolean }) {
  const kindLabel = PART_REQUEST_KIND_LABEL[request.kind];
  return (
    <div className="text-[15px]">
      <p className="font-semibold">
        {kindLabel}
        {staff
          ? ` · ${PART_REQUEST_ORIGIN_LABEL[request.origin]}${request.requestedBy ? ` ${request.requestedBy.name}` : ""}`
          : ""}{" "}
        <span className="rounded-full bg-teal-50 px-2 py-0.5 text-sm text-teal-900">{requestStateLabel(request)}</span>
      </p>
      <p className="text-ink-soft">
        {formatDateTime(request.createdAt)} · 사유: {request.reasonCode}
        {request.note ? ` — ${request.note}` : ""}
      </p>
      {request.photo ? <RequestPhoto photo={request.photo} label={`${kindLabel}에 첨부한 사진`} /> : null}
      {request.answerNote ? (
        <p>
          {request.status === "REJECTED" ? "거절 사유" : "답변"}: {request.answerNote}
          {staff && request.answeredBy ? ` (${request.answeredBy.name})` : ""}
        </p>
      ) : null}
      {request.collectedAt ? <p>상품 회수: {formatDateTime(request.collectedAt)}</p> : null}
      {request.returnFee > 0 ? <p>반품 배송비(고객 부담) {formatWon(request.returnFee)} 차감</p> : null}
      {request.refundAmount ? <p className="font-semibold">환불 금액 {formatWon(request.refundAmount)}</p> : null}
    </div>
  );
}
