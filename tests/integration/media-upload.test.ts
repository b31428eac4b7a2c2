import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabaseUrl } from "../support/database";
import { startServer, TEST_SESSION_SECRET, type RunningServer } from "../support/server";

// A private uploads folder, in place before any app module reads the environment.
const UPLOADS = fs.mkdtempSync(path.join(os.tmpdir(), "media-upload-"));
process.env.UPLOADS_DIR = UPLOADS;

const { prisma } = await import("~/utils/db.server");
const images = await import("~/media/images.server");
const { ImageUploadError, readMultipartForm, saveImageUpload, imageSources, MAX_FORM_BYTES } = images;
const { UPLOAD_MESSAGES, uploadStatus } = await import("~/media/upload-messages");
const { loader: uploadsLoader } = await import("~/routes/uploads.$");

afterAll(() => fs.rmSync(UPLOADS, { recursive: true, force: true }));

const admin = () => prisma.user.findUniqueOrThrow({ where: { email: "admin@gjjahwal.example" } });

/** A photo-like JPEG (noise compresses badly, like a real photo), optionally with EXIF to strip. */
function photo(width: number, height: number, exif?: { orientation?: number }) {
  const image = sharp({
    create: { width, height, channels: 3, background: "#3a7", noise: { type: "gaussian", mean: 120, sigma: 40 } },
  }).jpeg({ quality: 85 });
  return (
    exif ? image.withMetadata({ orientation: exif.orientation, exif: { IFD0: { Copyright: "GPS 비밀" } } }) : image
  ).toBuffer();
}

const asFile = (bytes: Uint8Array | string, name: string, type: string) =>
  new File([bytes as BlobPart], name, { type });

async function refusal(run: Promise<unknown>) {
  const error = await run.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImageUploadError);
  return error as InstanceType<typeof ImageUploadError>;
}

function storedFiles() {
  return fs.readdirSync(UPLOADS, { recursive: true }).filter((f) => String(f).match(/\.(webp|jpg|png)$/));
}

describe("saveImageUpload refuses what is not a usable image", () => {
  it("refuses a text file renamed .jpg, and stores nothing", async () => {
    const images = await prisma.image.count();
    const before = storedFiles().length;
    const error = await refusal(
      saveImageUpload(asFile("안녕하세요, 사진이 아닙니다.\n", "사진.jpg", "image/jpeg"), { alt: "x", userId: null }),
    );
    expect(error.reason).toBe("type");
    expect(UPLOAD_MESSAGES.type).toBe("JPEG, PNG, WebP 이미지만 올릴 수 있습니다.");
    expect(uploadStatus(error.reason)).toBe(400);
    expect(await prisma.image.count()).toBe(images);
    expect(storedFiles()).toHaveLength(before);
  });

  it("judges the bytes, not the name: a GIF or an SVG dressed as PNG/JPEG is refused", async () => {
    const gif = await sharp({ create: { width: 40, height: 40, channels: 3, background: "#f00" } })
      .gif()
      .toBuffer();
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><script>alert(1)</script></svg>`;
    for (const file of [asFile(gif, "photo.png", "image/png"), asFile(svg, "logo.jpg", "image/jpeg")]) {
      expect((await refusal(saveImageUpload(file, { alt: "", userId: null }))).reason).toBe("type");
    }
  });

  it("refuses a truncated JPEG whose header looks fine", async () => {
    const whole = await photo(800, 600);
    const error = await refusal(
      saveImageUpload(asFile(whole.subarray(0, 400), "잘림.jpg", "image/jpeg"), { alt: "", userId: null }),
    );
    expect(["unreadable", "type"]).toContain(error.reason);
  });

  it("refuses files over 10 MB and images over 8,000 px", async () => {
    const big = asFile(new Uint8Array(10 * 1024 * 1024 + 1), "큰사진.jpg", "image/jpeg");
    const tooBig = await refusal(saveImageUpload(big, { alt: "", userId: null }));
    expect(tooBig.reason).toBe("too-large");
    expect(UPLOAD_MESSAGES["too-large"]).toBe("이미지는 10MB 이하여야 합니다.");
    expect(uploadStatus(tooBig.reason)).toBe(413);

    const wide = await sharp({ create: { width: 8001, height: 10, channels: 3, background: "#000" } })
      .png()
      .toBuffer();
    const error = await refusal(saveImageUpload(asFile(wide, "파노라마.png", "image/png"), { alt: "", userId: null }));
    expect(error.reason).toBe("dimensions");
    expect(UPLOAD_MESSAGES.dimensions).toBe("이미지가 너무 큽니다 (가로·세로 8,000px 이하).");
  });

  it("says an image above sharp's 268-megapixel limit is too big, not that it isn't an image", async () => {
    // A PNG header of 20,000 × 14,000 px (280 MP) with a token of pixel data: only its header is ever read.
    const huge = pngHeaderOnly(20_000, 14_000);
    const error = await refusal(saveImageUpload(asFile(huge, "초대형.png", "image/png"), { alt: "", userId: null }));
    expect(error.reason).toBe("dimensions");
  });
});

function pngHeaderOnly(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const typed = Buffer.concat([Buffer.from(type), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(typed));
    return Buffer.concat([length, typed, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return new Uint8Array(
    Buffer.concat([
      signature,
      chunk("IHDR", header),
      chunk("IDAT", zlib.deflateSync(Buffer.alloc(10))),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

describe("saveImageUpload makes responsive sizes", () => {
  it("turns a 3000×2000 photo into WebP at 320–1920 px plus a JPEG fallback, recorded and audited", async () => {
    const user = await admin();
    const { id } = await saveImageUpload(asFile(await photo(3000, 2000), "행사.jpg", "image/jpeg"), {
      alt: "  김장 나눔 행사 ",
      userId: user.id,
    });
    const image = await prisma.image.findUniqueOrThrow({ where: { id } });
    const variants = JSON.parse(image.variants) as { width: number; height: number; key: string }[];
    expect(variants.map((v) => [v.width, v.height])).toEqual([
      [320, 213],
      [640, 427],
      [960, 640],
      [1280, 853],
      [1920, 1280],
    ]);
    expect(image).toMatchObject({ mimeType: "image/jpeg", width: 1920, height: 1280, alt: "김장 나눔 행사" });
    for (const variant of variants) {
      expect(variant.key).toMatch(/^images\/[0-9a-f]{2}\/[0-9a-f]{32}-\d+w\.webp$/);
      const meta = await sharp(path.join(UPLOADS, variant.key)).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual(["webp", variant.width, variant.height]);
    }
    const fallback = fs.readFileSync(path.join(UPLOADS, image.storageKey));
    expect(fallback.byteLength).toBe(image.byteSize);
    expect((await sharp(fallback).metadata()).format).toBe("jpeg");

    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entity: "Image", entityId: String(id) } });
    expect(audit).toMatchObject({ userId: user.id, action: "image.upload" });
    expect(audit.detail).toContain("3000×2000");

    const sources = imageSources(image);
    expect(sources.src).toBe(`/uploads/${image.storageKey}`);
    expect(sources.srcSet.split(", ")).toHaveLength(5);
    expect(sources.srcSet).toMatch(
      /^\/uploads\/images\/\S+-320w\.webp 320w, .* \/uploads\/images\/\S+-1920w\.webp 1920w$/,
    );
  }, 60_000); // six sharp resizes of a 3000 px photo: slow on a loaded 2-core CI machine

  it("turns the picture as the camera's EXIF says, strips the metadata and never upscales", async () => {
    const { id } = await saveImageUpload(asFile(await photo(600, 400, { orientation: 6 }), "세로.jpg", "image/jpeg"), {
      alt: "세로 사진",
      userId: null,
    });
    const image = await prisma.image.findUniqueOrThrow({ where: { id } });
    const variants = JSON.parse(image.variants) as { width: number; height: number; key: string }[];
    expect(variants.map((v) => [v.width, v.height])).toEqual([
      [320, 480],
      [400, 600],
    ]);
    for (const key of [image.storageKey, ...variants.map((v) => v.key)]) {
      const meta = await sharp(path.join(UPLOADS, key)).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
    }
  });

  it("keeps transparency with a PNG fallback, and stores the same picture once", async () => {
    const logo = await sharp({ create: { width: 500, height: 500, channels: 4, background: "#0f6b7080" } })
      .png()
      .toBuffer();
    // A real PNG named .jpg is fine: the bytes decide.
    const first = await saveImageUpload(asFile(logo, "logo.jpg", "image/jpeg"), { alt: "로고", userId: null });
    const again = await saveImageUpload(asFile(logo, "logo-copy.png", "image/png"), { alt: "로고", userId: null });
    expect(again.id).toBe(first.id);
    const image = await prisma.image.findUniqueOrThrow({ where: { id: first.id } });
    expect(image.mimeType).toBe("image/png");
    expect(JSON.parse(image.variants).map((v: { width: number }) => v.width)).toEqual([320, 500]);
  });
});

describe("readMultipartForm", () => {
  const form = () => {
    const body = new FormData();
    body.set("alt", "설명");
    body.set("image", asFile(new Uint8Array([1, 2, 3]), "a.jpg", "image/jpeg"));
    return body;
  };

  it("reads an ordinary multipart form", async () => {
    const data = await readMultipartForm(new Request("http://localhost/x", { method: "POST", body: form() }));
    expect(data.get("alt")).toBe("설명");
    expect((data.get("image") as File).size).toBe(3);
  });

  it("refuses a body declared too large before reading it, and one that turns out too large", async () => {
    const declared = new Request("http://localhost/x", {
      method: "POST",
      body: form(),
      headers: { "Content-Length": String(MAX_FORM_BYTES + 1) },
    });
    expect((await refusal(readMultipartForm(declared))).reason).toBe("too-large");

    // No Content-Length (a chunked upload): the bytes are counted as they arrive.
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent++;
        controller.enqueue(chunk);
        if (sent > 20) controller.close();
      },
    });
    const streamed = new Request("http://localhost/x", {
      method: "POST",
      body: endless,
      headers: { "Content-Type": "multipart/form-data; boundary=x" },
      duplex: "half",
    } as RequestInit);
    const error = await refusal(readMultipartForm(streamed));
    expect(error.reason).toBe("too-large");
    expect(sent).toBeLessThan(15);
  });
});

describe("the uploads route", () => {
  const serve = (key: string) =>
    uploadsLoader({ params: { "*": key }, request: new Request(`http://localhost/uploads/${key}`), context: {} });

  it("serves stored files with their type and immutable caching", async () => {
    const { id } = await saveImageUpload(asFile(await photo(700, 500), "serve.jpg", "image/jpeg"), {
      alt: "",
      userId: null,
    });
    const image = await prisma.image.findUniqueOrThrow({ where: { id } });
    const key = JSON.parse(image.variants)[0].key as string;
    const res = await serve(key);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("image/webp");
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.equals(fs.readFileSync(path.join(UPLOADS, key)))).toBe(true);
    expect(Number(res.headers.get("Content-Length"))).toBe(bytes.byteLength);
    expect((await serve(image.storageKey)).headers.get("Content-Type")).toBe("image/jpeg");
  });

  it.each([
    "images/00/nothing-here-320w.webp",
    "../package.json",
    "images/../../package.json",
    "..%2Fpackage.json",
    "/etc/passwd",
    "images\\..\\..\\package.json",
    "",
  ])("answers 404 for %j", async (key) => {
    const res = await serve(key);
    expect(res.status).toBe(404);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
  });
});

describe("the uploads route over HTTP (production server)", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({
      DATABASE_URL: await freshDatabaseUrl("media_http"),
      SESSION_SECRET: TEST_SESSION_SECRET,
      UPLOADS_DIR: UPLOADS,
    });
  });
  afterAll(() => server?.stop());

  it("serves an upload as cacheable forever, never sniffed, outside the page cache", async () => {
    const { id } = await saveImageUpload(asFile(await photo(500, 300), "http.jpg", "image/jpeg"), {
      alt: "",
      userId: null,
    });
    const { storageKey } = await prisma.image.findUniqueOrThrow({ where: { id } });
    const res = await fetch(`${server.url}/uploads/${storageKey}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/jpeg");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-cache")).toBeNull();
    expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).format).toBe("jpeg");
  });

  it.each([
    "/uploads/..%2F..%2Fpackage.json",
    "/uploads/%2e%2e/%2e%2e/package.json",
    "/uploads/images%2F..%2F..%2F.env",
  ])("GET %s → 404", async (url) => {
    const res = await fetch(`${server.url}${url}`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain("@remix-run/node");
  });
});
