import { Readable } from "node:stream";
import { text } from "node:stream/consumers";
import { describe, expect, it } from "vitest";
import { HtmlStreamRepair } from "~/utils/html-stream.server";

async function repaired(chunks: (string | Uint8Array)[]) {
  return text(
    Readable.from(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : c))).pipe(new HtmlStreamRepair()),
  );
}

describe("HtmlStreamRepair", () => {
  it("drops the zero padding React 18 flushes before a character that didn't fit", async () => {
    // What react-dom 18.3 writes: a 2 KB view whose tail is zero bytes, then the rest of the text.
    const view = new Uint8Array(16);
    const head = Buffer.from("사이트");
    view.set(head);
    const html = await repaired(["<p>", view, "검색</p>"]);
    expect(html).toBe("<p>사이트검색</p>");
    expect(html).not.toContain("\u0000");
  });

  it("moves content streamed after </html> inside <body>", async () => {
    const html = await repaired([
      "<html><body><main>본문</main></bo",
      "dy></ht",
      "ml><script>late()</script>",
      "<!--$-->",
    ]);
    expect(html).toBe("<html><body><main>본문</main><script>late()</script><!--$--></body></html>");
  });

  it("passes a document without end tags through unchanged, byte for byte", async () => {
    const input = "<div>한국자활복지개발원 — 광역자활센터</div>";
    expect(await repaired([input.slice(0, 5), input.slice(5)])).toBe(input);
  });

  it("keeps multi-byte characters split across chunks intact", async () => {
    const bytes = Buffer.from("<html><body>한국</body></html>");
    const html = await repaired([bytes.subarray(0, 13), bytes.subarray(13, 15), bytes.subarray(15)]);
    expect(html).toBe("<html><body>한국</body></html>");
  });

  it("passes each of React's passes of writes on as one chunk, when React calls flush()", async () => {
    const repair = new HtmlStreamRepair();
    const chunks: string[] = [];
    repair.on("data", (chunk: Buffer) => chunks.push(chunk.toString()));
    for (const piece of ["<html><body>", "<main>머리", "기사</main>"]) repair.write(piece);
    repair.flush();
    await new Promise((resolve) => setImmediate(resolve));
    // All three writes at once, less the last 13 bytes (they could start "</body></html>").
    expect(chunks).toEqual(["<html><body><main>머리"]);
    repair.write("</body></html>");
    repair.write("<script>late()</script>");
    repair.flush();
    repair.end();
    await new Promise((resolve) => repair.once("end", resolve));
    expect(chunks.join("")).toBe("<html><body><main>머리기사</main><script>late()</script></body></html>");
    expect(chunks.length).toBe(3);
  });
});
