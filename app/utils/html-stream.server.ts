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
  private endSeen = false;

  override _transform(chunk: Buffer | string, _encoding: BufferEncoding, done: TransformCallback) {
    let bytes = withoutNul(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
    if (this.endSeen) {
      this.push(bytes);
      return done();
    }
    // The end tags may straddle two chunks: look in what was held back plus this chunk.
    bytes = this.pending.length ? Buffer.concat([this.pending, bytes]) : bytes;
    const at = bytes.indexOf(DOCUMENT_END);
    if (at >= 0) {
      this.endSeen = true;
      this.pending = Buffer.alloc(0);
      this.push(Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + DOCUMENT_END.length)]));
      return done();
    }
    const keep = Math.min(bytes.length, DOCUMENT_END.length - 1);
    this.pending = Buffer.from(bytes.subarray(bytes.length - keep));
    if (bytes.length > keep) this.push(bytes.subarray(0, bytes.length - keep));
    done();
  }

  override _flush(done: TransformCallback) {
    if (this.pending.length) this.push(this.pending);
    if (this.endSeen) this.push(DOCUMENT_END);
    done();
  }
}

function withoutNul(bytes: Buffer): Buffer {
  if (bytes.indexOf(NUL) < 0) return bytes;
  return Buffer.from(bytes.filter((byte) => byte !== NUL));
}
