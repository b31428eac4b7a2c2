// The 송장 일괄등록 form: one CSV file. Shared by the page (browser validation) and the action.
import { z } from "zod";

export const MAX_UPLOAD_BYTES = 1_000_000;
export const MAX_UPLOAD_ROWS = 2_000;

export const UPLOAD_TOO_BIG_MESSAGE = "파일이 너무 큽니다. 1MB(약 2,000행) 이하로 나눠서 올려 주세요.";

export const shippingUploadSchema = z.object({
  // Conform turns an empty file input into undefined, so "no file" gets the same message as an empty one.
  file: z
    .instanceof(File, { message: "송장번호를 적은 CSV 파일을 골라 주세요." })
    .refine((file) => file.size > 0, "빈 파일입니다. 송장번호를 적은 CSV 파일을 골라 주세요.")
    .refine((file) => file.size <= MAX_UPLOAD_BYTES, UPLOAD_TOO_BIG_MESSAGE)
    .refine((file) => !/\.(xlsx?|xlsm|numbers)$/i.test(file.name), {
      message: "엑셀 파일은 읽을 수 없습니다. 엑셀에서 ‘다른 이름으로 저장 → CSV UTF-8’로 저장해 올려 주세요.",
    }),
});

export type RowOutcome = "SHIPPED" | "FAILED" | "SKIPPED";
export type RowReport = { row: number; orderNumber: string; outcome: RowOutcome; reason: string };
export type ShippingUploadReport = {
  rows: RowReport[];
  /** Non-blank rows; wholly blank rows (Excel leaves some) are only counted in `blankRows`. */
  total: number;
  shipped: number;
  failed: number;
  skipped: number;
  blankRows: number;
};

/** "12건 중 10건 발송 처리, 2건 실패" (plus skipped rows when there are any). */
export function summariseUpload(report: Pick<ShippingUploadReport, "total" | "shipped" | "failed" | "skipped">) {
  const parts = [`${report.total}건 중 ${report.shipped}건 발송 처리`, `${report.failed}건 실패`];
  if (report.skipped > 0) parts.push(`${report.skipped}건 건너뜀`);
  return parts.join(", ");
}
