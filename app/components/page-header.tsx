import type { ReactNode } from "react";

export function PageHeader({ eyebrow, title, children }: { eyebrow?: string; title: string; children?: ReactNode }) {
  return (
    <div className="border-b border-line bg-cream">
      <div className="container-page py-8 sm:py-10">
        {eyebrow ? <p className="text-sm font-semibold text-orange-700">{eyebrow}</p> : null}
        <h1 className="mt-1 text-3xl font-extrabold tracking-tight text-teal-950 sm:text-4xl">{title}</h1>
        {children ? <div className="mt-3 max-w-3xl text-ink-soft">{children}</div> : null}
      </div>
    </div>
  );
}
