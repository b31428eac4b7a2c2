import { useForm, type SubmissionResult } from "@conform-to/react";
import { parseForm } from "./form-parse";
import type { z } from "zod";

/**
 * Conform with the same Zod schema the action parses: validated on blur in the browser, always on the
 * server, with the server's last result (its messages and what was typed) restored after a post.
 */
export function useZodForm<Schema extends z.ZodTypeAny>(
  schema: Schema,
  lastResult: SubmissionResult<string[]> | undefined,
  // Edit forms start from the saved record; `id` lets a saved record reset the form.
  options: {
    defaultValue?: Parameters<typeof useForm<z.input<Schema>>>[0]["defaultValue"];
    id?: string;
    /**
     * Runs only for a real submit that passed validation (never for Conform's own validate-on-blur
     * submits); call event.preventDefault() to stop it, e.g. when a confirmation is declined. A form's
     * own onSubmit prop would replace Conform's handler instead.
     */
    onSubmit?: Parameters<typeof useForm<z.input<Schema>>>[0]["onSubmit"];
    /** A stricter schema for the browser only (e.g. the amount left to refund, known to the page). */
    clientSchema?: z.ZodTypeAny;
  } = {},
) {
  const { clientSchema, ...formOptions } = options;
  return useForm<z.input<Schema>>({
    ...formOptions,
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseForm(formData, { schema: clientSchema ?? schema }),
  });
}
