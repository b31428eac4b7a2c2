import type { FieldMetadata } from "@conform-to/react";
import type { InputHTMLAttributes } from "react";
import { controlProps, HintAndError, Label } from "./form-controls";

/** A labelled input with its hint and its server/client validation message right beside it. */
export function Field({
  label,
  meta,
  inputProps,
  hint,
  optional,
  className = "",
}: {
  label: string;
  meta: FieldMetadata<unknown>;
  inputProps: InputHTMLAttributes<HTMLInputElement> & { key?: string | null };
  hint?: string;
  optional?: boolean;
  className?: string;
}) {
  return (
    <div className={className}>
      <Label meta={meta} label={label} optional={optional} />
      <input {...controlProps(inputProps, meta, hint)} className="input w-full aria-[invalid=true]:border-orange-600" />
      <HintAndError meta={meta} hint={hint} />
    </div>
  );
}

export { FormErrors } from "./form-errors";
