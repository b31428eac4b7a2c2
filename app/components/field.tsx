import type { FieldMetadata } from "@conform-to/react";
import type { InputHTMLAttributes } from "react";

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
  const { key, ...props } = inputProps;
  void key;
  const hintId = hint ? `${meta.id}-hint` : undefined;
  return (
    <div className={className}>
      <label htmlFor={meta.id} className="mb-1 block text-sm font-bold text-teal-950">
        {label} {optional ? <span className="font-normal text-ink-soft">(선택)</span> : null}
      </label>
      <input
        {...props}
        id={meta.id}
        aria-describedby={[hintId, meta.errors ? meta.errorId : undefined].filter(Boolean).join(" ") || undefined}
        className="input w-full aria-[invalid=true]:border-orange-600"
      />
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-ink-soft">
          {hint}
        </p>
      ) : null}
      {meta.errors ? (
        <p id={meta.errorId} className="mt-1 text-sm font-semibold text-orange-700">
          {meta.errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

export { FormErrors } from "./form-errors";
