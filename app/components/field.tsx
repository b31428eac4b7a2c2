import { getInputProps, type FieldMetadata } from "@conform-to/react";
import type { InputHTMLAttributes } from "react";
import { controlProps, HintAndError, Label } from "./form-controls";

type InputProps = InputHTMLAttributes<HTMLInputElement> & { key?: string | null };

/**
 * The usual kinds of typed field. Amounts and counts are text with a number keypad ("numeric"), so "3,000"
 * stays as typed; a web address part ("slug") is never capitalized or spell-checked.
 */
export type InputKind = "text" | "numeric" | "slug" | "tel" | "email";

/** Conform's input props for a field of one of the usual kinds. */
export function inputOf(meta: FieldMetadata<unknown>, kind: InputKind = "text"): InputProps {
  const field = meta as FieldMetadata<string>;
  if (kind === "email") return getInputProps(field, { type: "email" });
  if (kind === "tel") return { ...getInputProps(field, { type: "tel" }), autoComplete: "off" };
  const text = getInputProps(field, { type: "text" });
  if (kind === "numeric") return { ...text, inputMode: "numeric" };
  return kind === "slug" ? { ...text, autoCapitalize: "none", spellCheck: false } : text;
}

/**
 * A labelled input with its hint and its server/client validation message right beside it. Its props are
 * `inputProps` when given, else those of `kind` (plain text by default).
 */
export function Field({
  label,
  meta,
  inputProps,
  kind,
  hint,
  optional,
  className = "",
}: {
  label: string;
  meta: FieldMetadata<unknown>;
  inputProps?: InputProps;
  kind?: InputKind;
  hint?: string;
  optional?: boolean;
  className?: string;
}) {
  return (
    <div className={className}>
      <Label meta={meta} label={label} optional={optional} />
      <input
        {...controlProps(inputProps ?? inputOf(meta, kind), meta, hint)}
        className="input w-full aria-[invalid=true]:border-orange-600"
      />
      <HintAndError meta={meta} hint={hint} />
    </div>
  );
}

/** The web address part of a page (/shop/…, /centers/…): lower-case letters, digits and hyphens. */
export function SlugField({ meta, hint }: { meta: FieldMetadata<unknown>; hint: string }) {
  return <Field label="웹 주소 (영문)" meta={meta} kind="slug" hint={hint} />;
}

export { FormErrors } from "./form-errors";
