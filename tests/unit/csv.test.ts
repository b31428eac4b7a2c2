import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { contentDisposition, csvResponse, toCsv } from "~/utils/csv.server";

describe("toCsv", () => {
  it("starts with a BOM, quotes every field, ends lines with CRLF and round-trips Korean", () => {
    const csv = toCsv([
      ["주문번호", "받는 분", "연락처"],
      ["SD-20231201-7KQ3XM", '김민지, "3층"', "01012345678"],
    ]);
    expect(csv).toBe('\uFEFF"주문번호","받는 분","연락처"\r\n"SD-20231201-7KQ3XM","김민지, ""3층""","01012345678"\r\n');
    expect(parse(csv, { bom: true })).toEqual([
      ["주문번호", "받는 분", "연락처"],
      ["SD-20231201-7KQ3XM", '김민지, "3층"', "01012345678"],
    ]);
  });

  it("keeps typed text from running as a spreadsheet formula, whatever the trigger", () => {
    const typed = [
      '=HYPERLINK("http://x")',
      "+1",
      "@SUM(A1)",
      "-x",
      '-1+HYPERLINK("http://x")',
      "-3000",
      "\t=1",
      "\r=1",
    ];
    const [row] = parse(toCsv([typed]), { bom: true });
    expect(row).toEqual(typed.map((cell) => `'${cell}`));
  });

  it("writes computed amounts bare and leaves phone numbers and postal codes as the same text", () => {
    const csv = toCsv([[-3000, 12000, "010-1234-5678", "01012345678", "06234", "SD-20231201-7KQ3XM"]]);
    expect(csv).toBe('\uFEFF-3000,12000,"010-1234-5678","01012345678","06234","SD-20231201-7KQ3XM"\r\n');
  });
});

describe("csvResponse", () => {
  it("names the file in UTF-8 (RFC 5987) with an ASCII fallback", async () => {
    expect(contentDisposition("정산-서구-2023-12.csv")).toBe(
      "attachment; filename=\"2023-12.csv\"; filename*=UTF-8''%EC%A0%95%EC%82%B0-%EC%84%9C%EA%B5%AC-2023-12.csv",
    );
    expect(contentDisposition("발송(1)'s.csv")).toBe(
      "attachment; filename=\"(1)'s.csv\"; filename*=UTF-8''%EB%B0%9C%EC%86%A1%281%29%27s.csv",
    );
    expect(contentDisposition("정산.csv")).toContain('filename="download.csv"');
    const res = csvResponse(toCsv([["가"]]), "a.csv");
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    expect([...new Uint8Array(await res.arrayBuffer()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});
