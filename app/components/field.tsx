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

/**
 * Errors about the whole form (a refused login, a stale cart) and, given the form, a summary of every field
 * error linking to its field (WCAG 3.3.1): announced to screen readers, also without JavaScript.
 */
export function FormErrors({
  id,
  errors,
  form,
}: {
  id: string;
  errors: string[] | undefined;
  form?: { id: string; allErrors: Record<string, string[]> };
}) {
  const fieldErrors = Object.entries(form?.allErrors ?? {}).filter(([name, list]) => name && list.length);
  if (!errors?.length && !fieldErrors.length) return null;
  return (
    <div id={id} role="alert" className="rounded-lg bg-orange-50 p-4 font-semibold text-orange-700">
      {errors?.length ? <p>{errors.join(" ")}</p> : null}
      {fieldErrors.length ? (
        <>
          <p className={errors?.length ? "mt-2" : ""}>입력 내용을 확인해 주세요. ({fieldErrors.length}곳)</p>
          <ul className="mt-1 list-disc space-y-1 pl-5 font-normal">
            {fieldErrors.map(([name, list]) => (
              <li key={name}>
                <a href={`#${form!.id}-${name}`} className="underline">
                  {list.join(" ")}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
