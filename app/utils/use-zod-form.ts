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
  options: { defaultValue?: Parameters<typeof useForm<z.input<Schema>>>[0]["defaultValue"]; id?: string } = {},
) {
  return useForm<z.input<Schema>>({
    ...options,
    lastResult,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseForm(formData, { schema }),
  });
}
