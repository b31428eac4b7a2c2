// Image uploads: checked from their bytes, re-encoded (which drops EXIF, GPS and anything hidden in the
// file) into responsive WebP sizes plus one JPEG/PNG fallback, stored under content-hashed keys.
import crypto from "node:crypto";
import sharp from "sharp";
import { recordAudit } from "~/audit/audit.server";
import { CommandRefused } from "~/utils/command-result";
import { prisma } from "~/utils/db.server";
import { parseVariants, type ImageVariant } from "./image-sources";
import { logger } from "~/utils/logger.server";
import { storage, StorageUnavailableError } from "./storage.server";

export { IMAGE_ACCEPT, imageSelect, imageSources, uploadUrl } from "./image-sources";
export type { ImageRecord, ImageSources, ImageVariant } from "./image-sources";

export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MAX_IMAGE_DIMENSION = 8000;
/** A form carries one image plus its other fields (a long article body fits in the extra megabyte). */
export const MAX_FORM_BYTES = MAX_IMAGE_BYTES + 1024 * 1024;
/** Widths made for srcset; never wider than the upload. */
export const IMAGE_WIDTHS = [320, 640, 960, 1280, 1920] as const;

const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp"]);

/** Why an upload was refused; media/upload-messages.ts words each code and gives its HTTP status. */
export type UploadRefusalReason =
  "too-large" | "empty" | "type" | "unreadable" | "dimensions" | "form" | "storage-down";

/**
 * A refused upload, thrown from deep inside the upload (like any CommandRefused: `refusable` turns it into
 * `{ ok: false, reason }`); it holds only the reason code.
 */
export class ImageUploadError extends CommandRefused<UploadRefusalReason> {
  name = "ImageUploadError";
}

async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number) {
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new ImageUploadError("too-large");
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The form data of a (multipart) POST, refusing bodies over MAX_FORM_BYTES with an ImageUploadError
 * ("too-large") — by the declared Content-Length first, then by counting the bytes actually sent.
 */
export async function readMultipartForm(request: Request): Promise<FormData> {
  const declared = Number(request.headers.get("Content-Length") ?? "");
  if (Number.isFinite(declared) && declared > MAX_FORM_BYTES) {
    throw new ImageUploadError("too-large");
  }
  const body = await readLimited(request.body, MAX_FORM_BYTES);
  const buffered = new Request(request.url, { method: request.method, headers: request.headers, body });
  try {
    return await buffered.formData();
  } catch {
    throw new ImageUploadError("form");
  }
}

type Rendered = { key: string; bytes: Buffer; contentType: string; width: number; height: number };

function contentKey(bytes: Buffer, width: number, ext: string) {
  const hash = crypto.createHash("sha256").update(bytes).digest("hex");
  return `images/${hash.slice(0, 2)}/${hash.slice(0, 32)}-${width}w.${ext}`;
}

/** The widths to make for an image `width` px wide: the standard ones below it, then its own (≤ 1920). */
export function variantWidths(width: number): number[] {
  const largest = Math.min(width, Math.max(...IMAGE_WIDTHS));
  return [...IMAGE_WIDTHS.filter((w) => w < largest), largest];
}

type Pixels = { data: Buffer; raw: { width: number; height: number; channels: 1 | 2 | 3 | 4 } };

/**
 * Decodes once, turned upright as the camera's EXIF says and at the largest size we keep: every
 * output is made from these pixels. Nothing of the original's metadata survives (sharp's default).
 */
async function decode(input: Buffer, width: number): Promise<Pixels> {
  const { data, info } = await sharp(input, { failOn: "error" })
    .autoOrient()
    .resize({ width, withoutEnlargement: true })
    .raw({ depth: "uchar" }) // 16-bit PNGs come down to 8 bits per channel, as the encoders expect
    .toBuffer({ resolveWithObject: true });
  return { data, raw: { width: info.width, height: info.height, channels: info.channels } };
}

async function render(pixels: Pixels, width: number, format: "webp" | "jpeg" | "png"): Promise<Rendered> {
  let pipeline = sharp(pixels.data, { raw: pixels.raw }).resize({ width, withoutEnlargement: true });
  if (format === "webp") pipeline = pipeline.webp({ quality: 80 });
  if (format === "jpeg")
    pipeline = pipeline.flatten({ background: "#ffffff" }).jpeg({ quality: 82, progressive: true });
  if (format === "png") pipeline = pipeline.png({ compressionLevel: 9 });
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  const ext = format === "jpeg" ? "jpg" : format;
  return {
    key: contentKey(data, info.width, ext),
    bytes: data,
    contentType: `image/${format}`,
    width: info.width,
    height: info.height,
  };
}

async function inspect(file: File) {
  if (file.size === 0) throw new ImageUploadError("empty");
  if (file.size > MAX_IMAGE_BYTES) throw new ImageUploadError("too-large");
  const input = Buffer.from(await file.arrayBuffer());
  // Only the header is read here: a decompression bomb is refused before any pixel is decoded. sharp's pixel
  // limit (about 268 megapixels) is for decoding; left on here it would call a huge image "not an image".
  const meta = await sharp(input, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!meta?.format || !ACCEPTED_FORMATS.has(meta.format)) throw new ImageUploadError("type");
  const { width, height } = meta.autoOrient ?? meta;
  if (!width || !height) throw new ImageUploadError("unreadable");
  if (width > MAX_IMAGE_DIMENSION || height > MAX_IMAGE_DIMENSION) {
    throw new ImageUploadError("dimensions");
  }
  return { input, format: meta.format, width, height, hasAlpha: Boolean(meta.hasAlpha) };
}

/** Writes the rendered files; a store that can't be reached is a refusal ("storage-down"). */
async function storeAll(files: Rendered[]) {
  try {
    for (const out of files) await storage.put(out.key, out.bytes, out.contentType);
  } catch (error) {
    if (!(error instanceof StorageUnavailableError)) throw error;
    logger.error({ err: error, storage: storage.kind }, "image upload: file storage unavailable");
    throw new ImageUploadError("storage-down");
  }
}

/**
 * Checks, resizes and stores an uploaded image and records it (Image row + audit log).
 * Throws ImageUploadError (a reason code) when the file is refused.
 * The same picture uploaded twice is stored once: the second upload returns the first Image's id.
 */
export async function saveImageUpload(
  file: File,
  options: { alt: string; userId: number | null },
): Promise<{ id: number }> {
  const { input, format, width, height, hasAlpha } = await inspect(file);
  const widths = variantWidths(width);
  let variants: Rendered[];
  let fallback: Rendered;
  try {
    const largest = widths[widths.length - 1]!;
    const pixels = await decode(input, largest);
    variants = await Promise.all(widths.map((w) => render(pixels, w, "webp")));
    // A JPEG (PNG when transparent) of the largest size: for og:image and anything that can't show WebP.
    fallback = await render(pixels, largest, hasAlpha ? "png" : "jpeg");
  } catch {
    throw new ImageUploadError("unreadable");
  }

  const alt = options.alt.trim();
  const detail = `${file.name.slice(0, 80) || "이름 없음"} (${format}, ${width}×${height}, ${Math.ceil(file.size / 1024)}KB)`;
  const existing = await prisma.image.findUnique({ where: { storageKey: fallback.key }, select: { id: true } });
  if (existing) {
    await recordAudit({
      userId: options.userId,
      action: "image.reuse",
      entity: "Image",
      entityId: existing.id,
      detail: `같은 이미지를 다시 올림: ${detail}`,
    });
    return existing;
  }

  await storeAll([...variants, fallback]);
  const stored: ImageVariant[] = variants.map(({ width, height, key }) => ({ width, height, key }));
  return prisma.$transaction(async (tx) => {
    const image = await tx.image.create({
      data: {
        storageKey: fallback.key,
        mimeType: fallback.contentType,
        width: fallback.width,
        height: fallback.height,
        byteSize: fallback.bytes.byteLength,
        alt,
        variants: JSON.stringify(stored),
      },
      select: { id: true },
    });
    await recordAudit(
      {
        userId: options.userId,
        action: "image.upload",
        entity: "Image",
        entityId: image.id,
        detail: `${detail} → ${stored.map((v) => v.width).join("·")}px`,
      },
      tx,
    );
    return image;
  });
}

/**
 * Deletes an image nothing links to any more (no product, article, issue or return request), then its files: the row
 * goes first, in a conditional delete, so a file is never removed while something still shows it.
 * Returns whether it was deleted.
 */
export async function deleteImageIfUnused(imageId: number): Promise<boolean> {
  const image = await prisma.image.findUnique({ where: { id: imageId }, select: { storageKey: true, variants: true } });
  if (!image) return false;
  const deleted = await prisma.image.deleteMany({
    where: {
      id: imageId,
      products: { none: {} },
      articles: { none: {} },
      issues: { none: {} },
      requests: { none: {} },
    },
  });
  if (deleted.count !== 1) return false;
  try {
    for (const key of [image.storageKey, ...parseVariants(image.variants).map((v) => v.key)]) await storage.delete(key);
  } catch (error) {
    // The row is gone, so nothing shows these files; left in a store that is down, they are only clutter.
    if (!(error instanceof StorageUnavailableError)) throw error;
    logger.warn({ err: error, imageId }, "image delete: file storage unavailable, files left behind");
  }
  return true;
}
