import { useEffect, useRef, useState } from "react";

/** What the summary needs of a Conform form: its id, the state of the last submit and every error. */
export type SummaryForm = { id: string; status?: "success" | "error"; allErrors: Record<string, string[]> };

/**
 * Errors about the whole form (a refused login, a stale cart) and, after a refused submit, a summary of
 * every field error linking to its field (WCAG 3.3.1). The summary takes the focus after each refused
 * submit: `autofocus` in the server's HTML without JavaScript, an effect after a browser or server refusal
 * with it. The fields keep their own messages beside them (aria-describedby, aria-invalid).
 */
export function FormErrors({ id, errors, form }: { id: string; errors: string[] | undefined; form?: SummaryForm }) {
  const refused = form?.status === "error";
  // Stays on after a refused submit, so fixing one field doesn't hide the list of the others.
  const [listing, setListing] = useState(refused);
  const ref = useRef<HTMLDivElement>(null);
  const submitted = useRef(false);
  const formId = form?.id;

  useEffect(() => {
    if (!formId) return;
    const onSubmit = (event: Event) => {
      if ((event.target as HTMLElement | null)?.id === formId) submitted.current = true;
    };
    document.addEventListener("submit", onSubmit, true);
    return () => document.removeEventListener("submit", onSubmit, true);
  }, [formId]);

  useEffect(() => {
    if (refused) setListing(true);
  }, [refused]);

  useEffect(() => {
    if (!refused) return;
    // Conform focuses the first bad field when it reports; the summary comes first, then its links.
    if (submitted.current && ref.current) {
      submitted.current = false;
      ref.current.focus();
    }
  });

  const fieldErrors = Object.entries(form?.allErrors ?? {}).filter(([name, list]) => name && list?.length);
  const listed = listing || refused ? fieldErrors : [];
  if (!errors?.length && !listed.length) return null;
  const headingId = `${id}-heading`;
  return (
    <div
      ref={ref}
      id={id}
      role="alert"
      tabIndex={form ? -1 : undefined}
      // Without JavaScript the page of a refused submit opens on the summary.
      autoFocus={refused}
      aria-labelledby={listed.length ? headingId : undefined}
      className="rounded-lg border-2 border-orange-700 bg-orange-50 p-4 font-semibold text-orange-800"
    >
      {listed.length ? (
        <h2 id={headingId} className="text-base font-extrabold">
          입력 내용을 확인해 주세요 ({listed.length}곳)
        </h2>
      ) : null}
      {errors?.length ? <p className={listed.length ? "mt-1" : ""}>{errors.join(" ")}</p> : null}
      {listed.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5 font-normal">
          {listed.map(([name, list]) => (
            <li key={name}>
              <a href={`#${form!.id}-${name}`} className="underline">
                {list.join(" ")}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
