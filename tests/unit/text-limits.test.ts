// Where the browser and the server must agree on a text's length: the server counts what a person sees
// (grapheme clusters), so no page may let the browser cut or refuse a text by UTF-16 units.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ALT_REQUIRED, photoAltSchema } from "~/catalog/photo-form";
import { MAX_QUERY_LENGTH, parseQuery } from "~/search/query";
import { parseForm } from "~/utils/form-parse";
import { truncateVisible, visibleLength } from "~/utils/text-fields";
import { ROOT } from "../support/paths";

const FAMILY = "👨‍👩‍👧‍👦"; // 11 UTF-16 units, one character on screen
const FLAG = "🇰🇷";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

// Fields whose characters are each one UTF-16 unit (digits), where the browser's count is the person's.
const ASCII_ONLY = [{ file: "app/routes/checkout._index.tsx", attribute: "maxLength: 7" }];

describe("the browser never counts a text limit in UTF-16 units", () => {
  it("emits no maxLength/minLength on a text field (20 family emoji are 220 units: the browser would stop at 9)", () => {
    const found: string[] = [];
    for (const file of sourceFiles(path.join(ROOT, "app"))) {
      const relative = path.relative(ROOT, file);
      for (const [line, text] of fs.readFileSync(file, "utf8").split("\n").entries()) {
        const match = /\b(max|min)Length\b\s*[:=]\s*\{?\s*\d+/.exec(text);
        if (!match) continue;
        const allowed = ASCII_ONLY.some((a) => a.file === relative && text.includes(a.attribute));
        if (!allowed) found.push(`${relative}:${line + 1}: ${text.trim()}`);
      }
    }
    expect(found).toEqual([]);
  });
});

/** A photo's description as its form sends it: what is kept, or the message beside the field. */
function readAlt(typed: string) {
  const form = new URLSearchParams({ intent: "photo-alt", imageId: "1", alt: typed });
  const submission = parseForm(form, { schema: photoAltSchema });
  if (submission.status === "success") return { ok: true, alt: submission.value.alt };
  return { ok: false, message: submission.error?.alt?.[0] };
}

describe("a product photo's description counts what a person sees", () => {
  it("fits 200 family emoji, refuses 201 with its own message, and drops control characters", () => {
    expect(readAlt(FAMILY.repeat(200))).toEqual({ ok: true, alt: FAMILY.repeat(200) });
    expect(readAlt(FAMILY.repeat(201))).toEqual({ ok: false, message: "사진 설명은 200자 이내로 입력해 주세요." });
    expect(readAlt("  \u0007\u0000 ")).toEqual({ ok: false, message: ALT_REQUIRED });
    expect(readAlt("김\u001b자반\n앞면")).toEqual({ ok: true, alt: "김자반 앞면" });
  });
});

describe("a search query is capped in characters a person sees", () => {
  it("keeps 100 family emoji whole rather than 100 code points (14 families and a piece)", () => {
    expect(parseQuery(FAMILY.repeat(150)).text).toBe(FAMILY.repeat(MAX_QUERY_LENGTH));
    expect(parseQuery(`${"가".repeat(99)}${FLAG}${FLAG}`).text).toBe(`${"가".repeat(99)}${FLAG}`);
  });

  it("truncates without cutting a character, quickly on a long text", () => {
    const started = performance.now();
    const cut = truncateVisible(FLAG.repeat(50_000), 100);
    expect(performance.now() - started).toBeLessThan(500);
    expect(cut).toBe(FLAG.repeat(100));
    expect(truncateVisible(`a${"\u0301".repeat(40)}b`, 1)).toBe(`a${"\u0301".repeat(40)}`);
    expect(visibleLength(truncateVisible(FAMILY.repeat(3), 5))).toBe(3);
  });
});
