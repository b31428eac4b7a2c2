import type { Submission } from "@conform-to/react";
import { data } from "@remix-run/node";
import { DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "./db-errors.server";

/** A domain refusal as the form shows it: the Korean message beside its field, or over the form ("form"). */
export type FieldMessage = { field: string; message: string };

/** Each refusal code of a command, placed and worded for its form. */
export type RefusalMessages<Reason extends string> = Record<Reason, FieldMessage>;

/** Conform's reply, with a domain refusal beside its field (or over the form); typed values stay. */
export function replyWith(submission: Submission<unknown>, failure?: FieldMessage) {
  if (!failure) return submission.reply();
  return failure.field === "form"
    ? submission.reply({ formErrors: [failure.message] })
    : submission.reply({ fieldErrors: { [failure.field]: [failure.message] } });
}

/**
 * The answer to a form that did not save: 400 for invalid input or a refusal; 200 for a list intent
 * such as "옵션 추가" without JavaScript (the form comes back with one more row).
 */
export function replyUnsaved(submission: Submission<unknown>, failure?: FieldMessage) {
  const status = failure || submission.status === "error" ? 400 : 200;
  return data(replyWith(submission, failure), { status });
}

/**
 * Runs a domain command; null when the database can't take the write just now (another process's lock held
 * past our bound, a full disk), so the action answers 503 with DATABASE_UNAVAILABLE_MESSAGE over the form (what was typed stays) instead of a 500 page.
 */
export async function nullWhenDatabaseUnavailable<T>(run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return null;
    throw error;
  }
}

/** Runs a save that answers nothing; false when the database can't take the write just now (as above). */
export async function savedUnlessUnavailable(run: () => Promise<unknown>): Promise<boolean> {
  return (await nullWhenDatabaseUnavailable(async () => (await run(), true))) ?? false;
}

/** Conform's reply for a save that met an unavailable database: the message over the form, the input kept. */
export function unavailableReply(submission: Submission<unknown>, hideFields?: string[]) {
  return submission.reply({ formErrors: [DATABASE_UNAVAILABLE_MESSAGE], hideFields });
}

/** The 503 answer for a form whose save met an unavailable database: the message over the form, the input kept. */
export function replyDatabaseUnavailable(submission: Submission<unknown>, hideFields?: string[]) {
  return data(unavailableReply(submission, hideFields), { status: 503 });
}
