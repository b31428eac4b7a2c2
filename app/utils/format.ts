// Formatting shared by server and browser. Korea has had no daylight saving time since 1988, so
// Asia/Seoul is a fixed UTC+9 offset: shifting the instant and reading UTC fields gives the KST
// calendar whatever time zone the server runs in.

const KST_OFFSET_MS = 9 * 60 * 60 * 1000;
const WEEKDAYS = ["일", "월", "화", "수", "목", "금", "토"] as const;
const WEEKDAYS_EN = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

const wonFormatter = new Intl.NumberFormat("ko-KR", { maximumFractionDigits: 0 });

/** 20000 → "20,000원". Money is integer won everywhere; anything else is a bug, so it throws. */
export function formatWon(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new TypeError(`Won amounts must be integers, got ${amount}`);
  return `${wonFormatter.format(amount)}원`;
}

export type KstParts = {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
};

export function kstParts(input: Date | string | number): KstParts {
  const shifted = new Date(new Date(input).getTime() + KST_OFFSET_MS);
  if (Number.isNaN(shifted.getTime())) throw new RangeError(`Invalid date: ${String(input)}`);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
    weekday: shifted.getUTCDay(),
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "2023. 11. 28.(화)" in Asia/Seoul. */
export function formatDate(input: Date | string | number): string {
  const p = kstParts(input);
  return `${p.year}. ${p.month}. ${p.day}.(${WEEKDAYS[p.weekday]})`;
}

/** "14:00" — 24-hour clock, Asia/Seoul. */
export function formatTime(input: Date | string | number): string {
  const p = kstParts(input);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** "2023. 11. 28.(화) 14:00" */
export function formatDateTime(input: Date | string | number): string {
  return `${formatDate(input)} ${formatTime(input)}`;
}

export function isKstMidnight(input: Date | string | number) {
  const p = kstParts(input);
  return p.hour === 0 && p.minute === 0;
}

function sameKstDay(a: Date | string | number, b: Date | string | number) {
  return formatDate(a) === formatDate(b);
}

/**
 * Event time as the webzine writes it: "2023. 11. 28.(화) 14:00~17:00".
 * A start at KST midnight with no end means "the day only" (the time was not announced).
 */
export function formatEventRange(start: Date | string | number, end?: Date | string | number | null): string {
  if (!end) return isKstMidnight(start) ? formatDate(start) : formatDateTime(start);
  if (sameKstDay(start, end)) return `${formatDateTime(start)}~${formatTime(end)}`;
  return `${formatDateTime(start)} ~ ${formatDateTime(end)}`;
}

/** ISO 8601 with the +09:00 offset, for JSON-LD and <time dateTime>. */
export function toKstIso(input: Date | string | number): string {
  const p = kstParts(input);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+09:00`;
}

/** RFC 822 date in +0900 for RSS: "Fri, 01 Dec 2023 09:00:00 +0900". */
export function toRfc822Kst(input: Date | string | number): string {
  const p = kstParts(input);
  return `${WEEKDAYS_EN[p.weekday]}, ${pad(p.day)} ${MONTHS_EN[p.month - 1]} ${p.year} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)} +0900`;
}

/** "01012345678" → "010-1234-5678"; other lengths are grouped the Korean way where possible. */
export function formatPhone(digits: string): string {
  const d = digits.replace(/\D/g, "");
  if (/^02\d{7,8}$/.test(d)) return d.replace(/^(02)(\d{3,4})(\d{4})$/, "$1-$2-$3");
  if (/^0\d{9,10}$/.test(d)) return d.replace(/^(0\d{2})(\d{3,4})(\d{4})$/, "$1-$2-$3");
  return digits;
}

/** "내친구김 김자반 2봉"; a variant named like its product ("선물세트") isn't repeated. */
export function formatItemName(productName: string, variantName: string): string {
  return productName.endsWith(variantName) ? productName : `${productName} ${variantName}`;
}
