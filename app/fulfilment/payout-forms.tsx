// The 지급 column of the admin's 정산 overview: per center and month, 정산 확정 → 지급 완료 (date, memo),
// or the record of the transfer. Plain POST forms (they work without JavaScript), checked in the browser
// by Conform with the action's own schema.
import { getFormProps, getInputProps, type SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { Field, FormErrors } from "~/components/field";
import { PAYOUT_STATUS_LABEL, payoutSchema, type PayoutStatus } from "~/fulfilment/payout-form";
import { formatDate, formatDateTime, formatWon } from "~/utils/format";
import { useZodForm } from "~/utils/use-zod-form";

type PayoutView = {
  status: PayoutStatus;
  amount: number;
  confirmedAt: string | Date;
  paidOn: string | null;
  memo: string;
};

type Props = {
  centerId: number;
  centerName: string;
  month: string;
  payout: PayoutView | null;
  net: number;
  canConfirm: boolean;
  changedSinceConfirmed: boolean;
  lastResult: SubmissionResult<string[]> | undefined;
};

function Hidden({ centerId, month }: { centerId: number; month: string }) {
  return (
    <>
      <input type="hidden" name="centerId" value={centerId} />
      <input type="hidden" name="month" value={month} />
    </>
  );
}

export function PayoutCell(props: Props) {
  const { payout } = props;
  if (!payout) return <ConfirmForm {...props} />;
  const { status } = payout;
  return (
    <div className="space-y-2 text-sm">
      <p>
        <span className="font-bold text-teal-950">{PAYOUT_STATUS_LABEL[status] ?? "정산 확정"}</span>{" "}
        <span className="tabular-nums">{formatWon(payout.amount)}</span>
        <span className="block text-ink-soft">확정 {formatDateTime(payout.confirmedAt)}</span>
      </p>
      {props.changedSinceConfirmed ? (
        <p className="rounded-lg bg-orange-50 p-2 font-semibold text-orange-800">
          확정 뒤 금액이 {formatWon(props.net)}으로 바뀌었습니다.
        </p>
      ) : null}
      {status === "PAID" ? (
        <p>
          지급일 {payout.paidOn ? formatDate(`${payout.paidOn}T00:00:00+09:00`) : ""}
          {payout.memo ? <span className="block break-words text-ink-soft">{payout.memo}</span> : null}
        </p>
      ) : (
        <PayForm {...props} />
      )}
    </div>
  );
}

function ConfirmForm({ centerId, centerName, month, canConfirm, lastResult }: Props) {
  if (!canConfirm) return <p className="text-sm text-ink-soft">확정 전</p>;
  const errors = lastResult?.error?.[""] ?? undefined;
  return (
    <Form method="post" className="space-y-2">
      <Hidden centerId={centerId} month={month} />
      <button type="submit" name="intent" value="confirm" className="btn btn-primary w-full sm:w-auto">
        <span className="sr-only">{centerName} </span>정산 확정
      </button>
      <FormErrors id={`confirm-${centerId}-errors`} errors={errors} />
    </Form>
  );
}

function PayForm({ centerId, centerName, month, lastResult }: Props) {
  const [form, fields] = useZodForm(payoutSchema, lastResult, { id: `pay-${centerId}` });
  const paidOn = fields.paidOn as typeof fields.paidOn;
  const memo = fields.memo as typeof fields.paidOn;
  return (
    <Form method="post" {...getFormProps(form)} className="grid gap-2">
      <Hidden centerId={centerId} month={month} />
      <Field label="지급일" meta={paidOn} inputProps={{ ...getInputProps(paidOn, { type: "date" }), required: true }} />
      <Field
        label="메모"
        optional
        meta={memo}
        inputProps={{ ...getInputProps(memo, { type: "text" }), placeholder: "예: 농협 이체" }}
      />
      <FormErrors id={form.errorId} errors={form.errors} form={form} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="intent" value="pay" className="btn btn-primary">
          <span className="sr-only">{centerName} </span>지급 완료
        </button>
        <button type="submit" name="intent" value="reopen" formNoValidate className="btn btn-ghost">
          확정 취소
        </button>
      </div>
    </Form>
  );
}
