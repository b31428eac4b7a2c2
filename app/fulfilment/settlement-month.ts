// Calendar months of the 정산, in Korean time (Asia/Seoul, a fixed UTC+9): a payment at
// 2023-11-30T15:30Z is 2023-12-01 00:30 KST and belongs to December.
import { kstParts } from "~/utils/format";

export type Month = { year: number; month: number };

const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

export function currentMonth(now: Date = new Date()): Month {
  const { year, month } = kstParts(now);
  return { year, month };
}

/** "2023-12" → { year: 2023, month: 12 }; anything else → null. */
export function parseMonth(value: string | null | undefined): Month | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value ?? "");
  return match ? { year: Number(match[1]), month: Number(match[2]) } : null;
}

export function monthKey({ year, month }: Month): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

export function monthLabel({ year, month }: Month): string {
  return `${year}년 ${month}월`;
}

export function addMonths({ year, month }: Month, delta: number): Month {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function isAfter(a: Month, b: Month): boolean {
  return a.year * 12 + a.month > b.year * 12 + b.month;
}

/** The month as UTC instants: [KST midnight of the 1st, KST midnight of the next month's 1st). */
export function monthRange({ year, month }: Month): { start: Date; end: Date } {
  return {
    start: new Date(Date.UTC(year, month - 1, 1) - KST_OFFSET_MS),
    end: new Date(Date.UTC(year, month, 1) - KST_OFFSET_MS),
  };
}

/** `?month=2023-12` of a request, else the current KST month. */
export function monthFromRequest(request: Request, now: Date = new Date()): Month {
  return parseMonth(new URL(request.url).searchParams.get("month")) ?? currentMonth(now);
}
