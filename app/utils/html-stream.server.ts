import { Transform, type TransformCallback } from "node:stream";

const DOCUMENT_END = Buffer.from("</body></html>");
const NUL = 0;

/**
 * Repairs React 18's streamed HTML on its way to the reader.
 *
 * - NUL bytes: `renderToPipeableStream` flushes its whole 2 KB buffer, zero padding included, when a
 *   multi-byte character doesn't fit at its end (facebook/react#24985, fixed only in React 19). In UTF-8 the
 *   byte 0x00 only ever encodes U+0000, which HTML forbids, so dropping every 0x00 byte is exact.
 * - Document end: React 18 writes `</body></html>` with the shell, so everything streamed later (Remix's
 *   data scripts, late Suspense content) lands after `</html>`, a parse error. The end tags are held back
 *   and written last, as React 19 does. The DOM is unchanged: parsers move such content into <body> anyway.
 */
export class HtmlStreamRepair extends Transform {
  private pending: Buffer = Buffer.alloc(0);
  private held: Buffer[] = [];
  private endSeen = false;

  // React writes a page in 2 KB pieces; each piece went on alone through every stream after this one
  // (the web stream, the response, the compressor), a large share of a page's CPU. They are held here and
  // go on together when React ends its pass of writes by calling flush(), as it does on any destination.
  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback) {
    this.held.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    done();
  }

  /** Called by React after each pass of writes: what it wrote goes on as one chunk. */
  flush() {
    if (this.held.length === 0) return;
    const bytes = this.held.length === 1 ? this.held[0]! : Buffer.concat(this.held);
    this.held = [];
    this.repair(bytes);
  }

  override _flush(done: TransformCallback) {
    this.flush();
    if (this.pending.length) this.push(this.pending);
    if (this.endSeen) this.push(DOCUMENT_END);
    done();
  }

  private repair(chunk: Buffer) {
    let bytes = withoutNul(chunk);
    if (this.endSeen) {
      this.push(bytes);
      return;
    }
    // The end tags may straddle two chunks: look in what was held back plus this chunk.
    bytes = this.pending.length ? Buffer.concat([this.pending, bytes]) : bytes;
    const at = bytes.indexOf(DOCUMENT_END);
    if (at >= 0) {
      this.endSeen = true;
      this.pending = Buffer.alloc(0);
      this.push(Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + DOCUMENT_END.length)]));
      return;
    }
    const keep = Math.min(bytes.length, DOCUMENT_END.length - 1);
    this.pending = Buffer.from(bytes.subarray(bytes.length - keep));
    if (bytes.length > keep) this.push(bytes.subarray(0, bytes.length - keep));
  }
}

function withoutNul(bytes: Buffer): Buffer {
  let at = bytes.indexOf(NUL);
  if (at < 0) return bytes;
  // Copy the runs between NUL bytes (a per-byte filter over a whole page cost more than the render's writes).
  const runs: Buffer[] = [];
  let start = 0;
  while (at >= 0) {
    if (at > start) runs.push(bytes.subarray(start, at));
    start = at + 1;
    at = bytes.indexOf(NUL, start);
  }
  if (start < bytes.length) runs.push(bytes.subarray(start));
  return Buffer.concat(runs);
}
