import { getInputProps, getSelectProps, getTextareaProps, type FieldMetadata } from "@conform-to/react";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

// The pieces every form control shares (<Field> in ~/components/field, selects, text areas, check boxes): the label,
// the hint and the Korean error beside the control, wired with aria-describedby.

type Common = { label: string; meta: FieldMetadata<unknown>; hint?: string; optional?: boolean; className?: string };

function describedBy(meta: FieldMetadata<unknown>, hint?: string) {
  return [hint ? `${meta.id}-hint` : undefined, meta.errors ? meta.errorId : undefined].filter(Boolean).join(" ");
}

export function Label({ meta, label, optional }: Pick<Common, "meta" | "label" | "optional">) {
  return (
    <label htmlFor={meta.id} className="mb-1 block text-sm font-bold text-teal-950">
      {label} {optional ? <span className="font-normal text-ink-soft">(선택)</span> : null}
    </label>
  );
}

export function HintAndError({ meta, hint }: Pick<Common, "meta" | "hint">) {
  return (
    <>
      {hint ? (
        <p id={`${meta.id}-hint`} className="mt-1 text-xs text-ink-soft">
          {hint}
        </p>
      ) : null}
      <FieldError meta={meta} />
    </>
  );
}

/** A field's Korean message (the id its control's aria-describedby names), or nothing when it is valid. */
export function FieldError({
  meta,
  className = "mt-1 text-sm font-semibold text-orange-700",
}: {
  meta: Pick<FieldMetadata<unknown>, "errors" | "errorId">;
  className?: string;
}) {
  return meta.errors ? (
    <p id={meta.errorId} className={className}>
      {meta.errors.join(" ")}
    </p>
  ) : null;
}

/** Strips Conform's `key` (React keys can't be spread) and sets the shared attributes. */
export function controlProps<P extends { key?: string | null }>(props: P, meta: FieldMetadata<unknown>, hint?: string) {
  const { key, ...rest } = props;
  void key;
  return { ...rest, id: meta.id, "aria-describedby": describedBy(meta, hint) || undefined };
}

/** A labelled select; its props are Conform's for `meta` unless `selectProps` are given. */
export function SelectField({
  selectProps,
  options,
  placeholder,
  ...common
}: Common & {
  selectProps?: SelectHTMLAttributes<HTMLSelectElement> & { key?: string | null };
  options: readonly { value: string | number; label: string }[];
  placeholder?: string;
}) {
  return (
    <div className={common.className}>
      <Label {...common} />
      <select
        {...controlProps(selectProps ?? getSelectProps(common.meta as FieldMetadata<string>), common.meta, common.hint)}
        className="input w-full aria-[invalid=true]:border-orange-600"
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <HintAndError {...common} />
    </div>
  );
}

/** A labelled text area of `rows` lines; its props are Conform's for `meta` unless `textareaProps` are given. */
export function TextareaField({
  textareaProps,
  rows = 6,
  ...common
}: Common & { textareaProps?: TextareaHTMLAttributes<HTMLTextAreaElement> & { key?: string | null }; rows?: number }) {
  const props = textareaProps ?? getTextareaProps(common.meta as FieldMetadata<string>);
  return (
    <div className={common.className}>
      <Label {...common} />
      <textarea
        rows={rows}
        {...controlProps(props, common.meta, common.hint)}
        className="input w-full py-2 leading-relaxed aria-[invalid=true]:border-orange-600"
      />
      <HintAndError {...common} />
    </div>
  );
}

/** A check box with its label to the right; the whole row is the touch target. Conform's props unless given. */
export function CheckboxField({
  label,
  meta,
  inputProps,
  hint,
  className = "",
}: Omit<Common, "optional"> & {
  inputProps?: InputHTMLAttributes<HTMLInputElement> & { key?: string | null };
}) {
  const props = inputProps ?? getInputProps(meta as FieldMetadata<boolean>, { type: "checkbox" });
  return (
    <div className={className}>
      <label htmlFor={meta.id} className="flex min-h-11 cursor-pointer items-center gap-3 font-semibold text-teal-950">
        <input {...controlProps(props, meta, hint)} className="size-5 accent-teal-800" />
        {label}
      </label>
      <HintAndError meta={meta} hint={hint} />
    </div>
  );
}

/** A titled group of fields on a long admin form. */
export function FormSection({ title, children, aside }: { title: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <fieldset className="rounded-xl border border-line bg-white p-4 sm:p-6">
      <legend className="px-1 text-lg font-extrabold text-teal-950">{title}</legend>
      {aside ? <div className="mb-4 text-sm text-ink-soft">{aside}</div> : null}
      <div className="grid gap-4">{children}</div>
    </fieldset>
  );
}
