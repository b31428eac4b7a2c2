// A search input with type-ahead (ARIA 1.2 combobox with a listbox popup) once JavaScript runs; before that,
// and without JavaScript, a plain search field of a GET form. Choosing a suggestion opens it; Enter without a
// chosen suggestion submits the form as usual.
import { useFetcher, useNavigate } from "@remix-run/react";
import { useEffect, useId, useRef, useState } from "react";
import type { Suggestion } from "~/search/suggest.server";
import { useHydrated } from "~/utils/use-hydrated";

const KIND_LABEL: Record<Suggestion["kind"], string> = { tag: "해시태그", article: "기사", product: "상품" };

type Props = { id: string; defaultValue: string; placeholder: string; className: string; wrapperClassName?: string };

export function SearchBox({ id, defaultValue, placeholder, className, wrapperClassName = "" }: Props) {
  const hydrated = useHydrated();
  const fetcher = useFetcher<{ items: Suggestion[] }>();
  const navigate = useNavigate();
  const listId = useId();
  const [value, setValue] = useState(defaultValue);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const items = value.trim() ? (fetcher.data?.items ?? []) : [];
  const expanded = hydrated && open && items.length > 0;

  // A new search (another page's ?q=) replaces what the field shows.
  useEffect(() => setValue(defaultValue), [defaultValue]);
  useEffect(() => () => clearTimeout(timer.current), []);

  function onInput(next: string) {
    setValue(next);
    setActive(-1);
    setOpen(true);
    clearTimeout(timer.current);
    if (next.trim())
      timer.current = setTimeout(() => fetcher.load(`/search/suggest?q=${encodeURIComponent(next)}`), 150);
  }

  function choose(item: Suggestion) {
    setOpen(false);
    navigate(item.href);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!items.length) return;
      event.preventDefault();
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      // Past either end the selection goes back to the field itself (-1).
      const next = active + step;
      setActive(next < -1 ? items.length - 1 : next >= items.length ? -1 : next);
    } else if (event.key === "Enter" && expanded && items[active]) {
      event.preventDefault();
      choose(items[active]!);
    } else if (event.key === "Escape" && expanded) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  }

  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <div className={`relative min-w-0 flex-1 ${wrapperClassName}`}>
      <input
        id={id}
        type="search"
        name="q"
        value={value}
        onChange={(e) => onInput(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => setOpen(true)}
        placeholder={placeholder}
        autoComplete="off"
        className={`${className} w-full`}
        {...(hydrated
          ? {
              role: "combobox",
              "aria-autocomplete": "list" as const,
              "aria-expanded": expanded,
              "aria-controls": listId,
              "aria-activedescendant": expanded && active >= 0 ? optionId(active) : undefined,
            }
          : {})}
      />
      {hydrated ? (
        <ul
          id={listId}
          role="listbox"
          aria-label="추천 검색어"
          hidden={!expanded}
          className="absolute inset-x-0 top-full z-30 mt-1 max-h-80 overflow-y-auto rounded-lg border border-line bg-white py-1 shadow-lg"
        >
          {items.map((item, i) => (
            <li
              key={item.href}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              // Keep focus in the field while the pointer chooses.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(item)}
              className={`flex cursor-pointer items-baseline gap-2 px-3 py-2 text-sm ${i === active ? "bg-teal-50" : "hover:bg-teal-50"}`}
            >
              <span className="shrink-0 text-xs font-semibold text-teal-700">{KIND_LABEL[item.kind]}</span>
              <span className="truncate text-ink">{item.label}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
