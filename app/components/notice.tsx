import type { ReactNode } from "react";

/** A confirmation after a change ("저장했습니다."), announced politely to screen readers. */
export function Notice({ children, tone = "success" }: { children: ReactNode; tone?: "success" | "warning" }) {
  const colours = tone === "success" ? "border-teal-200 bg-teal-50 text-teal-900" : "border-orange-500 bg-cream";
  return (
    <div role="status" className={`mb-6 rounded-xl border p-4 font-semibold ${colours}`}>
      {children}
    </div>
  );
}
