// CSV downloads that open correctly in Excel on a Korean PC: UTF-8 with a BOM (without it Excel reads
// the file as CP949 and Korean turns into mojibake), CRLF line ends, every field quoted.
import { stringify } from "csv-stringify/sync";

const BOM = "\uFEFF";

// Text a customer or staff member typed (a name, a memo) must never run as a spreadsheet formula:
// Excel evaluates a cell starting with any of these, "-1+HYPERLINK(…)" included. Amounts the app
// computes are passed as numbers and written as they are, so "-3000" stays a number.
const FORMULA_START = /^[=+\-@\t\r]/;

function neutraliseFormula(cell: string | number): string | number {
  return typeof cell === "string" && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * Rows → CSV with a BOM. Strings (order numbers, phone numbers, postal codes, names) are quoted text;
 * only numbers the app computed (amounts, quantities) are written bare.
 */
export function toCsv(rows: (string | number)[][]): string {
  return (
    BOM +
    stringify(
      rows.map((row) => row.map(neutraliseFormula)),
      { quoted_string: true, record_delimiter: "windows" },
    )
  );
}

// RFC 5987 value: percent-encode everything outside attr-char (encodeURIComponent leaves ' ( ) * alone).
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment` with an ASCII fallback name for old clients and the real (Korean) name as filename*. */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, "").replace(/^[-_ ]+/, "");
  const fallback = /^[^.]*[a-z0-9][^.]*\./i.test(ascii) ? ascii : `download${/\.[a-z0-9]+$/i.exec(ascii)?.[0] ?? ""}`;
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(filename)}`;
}

/** A download response for a body made by `toCsv`; never cached (it holds a center's business data). */
export function csvResponse(body: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(filename),
      "Cache-Control": "private, no-store",
    },
  });
}
