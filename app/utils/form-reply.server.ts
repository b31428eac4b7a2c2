import type { Submission } from "@conform-to/react";
import { data } from "@remix-run/node";

/** A refusal from a domain save (taken slug, last admin…), for the field it concerns or the whole form. */
export type SaveFailure = { ok: false; field: string; message: string };

/** Conform's reply, with a domain refusal beside its field (or over the form); typed values stay. */
export function replyWith(submission: Submission<unknown>, failure?: SaveFailure) {
  if (!failure) return submission.reply();
  return failure.field === "form"
    ? submission.reply({ formErrors: [failure.message] })
    : submission.reply({ fieldErrors: { [failure.field]: [failure.message] } });
}

/**
 * The answer to a form that did not save: 400 for invalid input or a refusal; 200 for a list intent
 * such as "옵션 추가" without JavaScript (the form comes back with one more row).
 */
export function replyUnsaved(submission: Submission<unknown>, failure?: SaveFailure) {
  const status = failure || submission.status === "error" ? 400 : 200;
  return data(replyWith(submission, failure), { status });
}
