// Console output for `npm run bench`: logging, number formats, and a table that lines up Hangul.

export const log = (...args) => console.log(...args);
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
export const fmtMs = (v) => (Number.isFinite(v) ? v.toFixed(1) : "–");
export const ratio = (x) => (x >= 0.1 ? x.toFixed(2) : x > 0 ? x.toPrecision(2) : "0");
export const mib = (kb) => (Number.isFinite(kb) ? `${(kb / 1024).toFixed(0)} MiB` : "n/a");

/** Terminal columns a string takes: Hangul and other wide characters count twice. */
export function width(text) {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0);
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xff00 && c <= 0xff60)
        ? 2
        : 1;
  }
  return w;
}
export const padEnd = (s, n) => s + " ".repeat(Math.max(0, n - width(s)));
export const padStart = (s, n) => " ".repeat(Math.max(0, n - width(s))) + s;

export function table(headers, rows, alignRight) {
  const widths = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (cells) =>
    cells
      .map((c, i) => (alignRight[i] ? padStart(c, widths[i]) : padEnd(c, widths[i])))
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
