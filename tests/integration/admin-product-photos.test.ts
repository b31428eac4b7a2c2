// Product photos on /admin/products/:id: uploaded through the media module with alt text required,
// described, reordered and removed; the shop shows them in place of the built-in illustration.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// A private uploads folder, in place before any app module reads the environment.
const UPLOADS = fs.mkdtempSync(path.join(os.tmpdir(), "admin-photos-"));
process.env.UPLOADS_DIR = UPLOADS;
afterAll(() => fs.rmSync(UPLOADS, { recursive: true, force: true }));

// Every app module (the staff helpers sign in through one) is imported after this, hence the awaits.
const { prisma } = await import("~/utils/db.server");
const { sessionCookie, STAFF } = await import("../support/staff");
const { getProduct, listProducts } = await import("~/catalog/catalog.server");
const { postToProduct, productIdOf: productId } = await import("../support/product-admin");

let admin: string;
beforeAll(async () => {
  admin = await sessionCookie(STAFF.admin);
});

describe("product photos", () => {
  const png = () =>
    sharp({ create: { width: 900, height: 700, channels: 3, background: "#2a9d8f" } })
      .png()
      .toBuffer();

  async function upload(id: number, file: File | null, alt: string) {
    const form = new FormData();
    form.set("intent", "photo-add");
    form.set("alt", alt);
    if (file) form.set("photo", file);
    return postToProduct(id, form, admin);
  }

  it("uploads a photo with its alt text; the shop shows it instead of the illustration", async () => {
    const id = await productId("naechingu-gim-gift-set");
    const result = await upload(
      id,
      new File([new Uint8Array(await png())], "gift.png", { type: "image/png" }),
      "선물세트 상자",
    );
    expect(result).toMatchObject({ status: 200, data: { photoNotice: "사진을 올렸습니다." } });
    const photos = await prisma.productImage.findMany({ where: { productId: id }, include: { image: true } });
    expect(photos).toHaveLength(1);
    expect(photos[0]!.image).toMatchObject({ alt: "선물세트 상자", width: 900, height: 700 });
    expect(fs.existsSync(path.join(UPLOADS, photos[0]!.image.storageKey))).toBe(true);
    expect((await getProduct("naechingu-gim-gift-set"))?.images[0]?.image.alt).toBe("선물세트 상자");
    const card = (await listProducts()).find((p) => p.slug === "naechingu-gim-gift-set");
    expect(card?.images[0]?.image.storageKey).toBe(photos[0]!.image.storageKey);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "product.image-add" } });
    expect(audit.detail).toContain("선물세트 상자");
  });

  it("requires alt text and an image file (a text file named .jpg is refused), in Korean", async () => {
    const id = await productId("naechingu-gim-gift-set");
    const before = await prisma.productImage.count();
    const noAlt = await upload(id, new File([new Uint8Array(await png())], "a.png", { type: "image/png" }), "  ");
    // Each message stands beside its field of the upload form; what was typed stays.
    expect(noAlt.status).toBe(400);
    expect(noAlt.data.photoForm).toBe("photo-add");
    expect(noAlt.data.result.error.alt[0]).toMatch(/^사진 설명\(대체 텍스트\)을 입력해 주세요/);
    const fake = await upload(id, new File(["not an image"], "photo.jpg", { type: "image/jpeg" }), "가짜 사진");
    expect(fake).toMatchObject({
      status: 400,
      data: { photoForm: "photo-add", result: { error: { photo: ["JPEG, PNG, WebP 이미지만 올릴 수 있습니다."] } } },
    });
    expect(fake.data.result.initialValue).toMatchObject({ alt: "가짜 사진" });
    const none = await upload(id, null, "파일 없음");
    expect(none.data.result.error.photo).toEqual(["올릴 사진 파일을 골라 주세요."]);
    expect(await prisma.productImage.count()).toBe(before);
  });

  it("edits alt text, reorders and removes photos of that product only", async () => {
    const id = await productId("naechingu-gim-gift-set");
    const second = await sharp({ create: { width: 640, height: 640, channels: 3, background: "#e76f51" } })
      .jpeg()
      .toBuffer();
    await upload(id, new File([new Uint8Array(second)], "b.jpg", { type: "image/jpeg" }), "김 한 장");
    const order = async () =>
      (
        await prisma.productImage.findMany({
          where: { productId: id },
          orderBy: { position: "asc" },
          include: { image: true },
        })
      ).map((p) => p.image.alt);
    expect(await order()).toEqual(["선물세트 상자", "김 한 장"]);
    const secondId = (await prisma.image.findFirstOrThrow({ where: { alt: "김 한 장" } })).id;
    const post = (fields: Record<string, string>, productId = id) => postToProduct(productId, fields, admin);

    expect((await post({ intent: "photo-up", imageId: String(secondId) })).status).toBe(200);
    expect(await order()).toEqual(["김 한 장", "선물세트 상자"]);
    await post({ intent: "photo-alt", imageId: String(secondId), alt: "김 한 장을 펼친 모습" });
    expect(await order()).toEqual(["김 한 장을 펼친 모습", "선물세트 상자"]);
    // Another product's page can't touch this photo.
    const other = await productId("naechingu-gim-jeonjang");
    expect((await post({ intent: "photo-remove", imageId: String(secondId) }, other)).status).toBe(404);
    const removed = await prisma.image.findUniqueOrThrow({ where: { id: secondId } });
    await post({ intent: "photo-remove", imageId: String(secondId) });
    expect(await order()).toEqual(["선물세트 상자"]);
    // Nothing else used it: the image and every stored size of it are gone.
    expect(await prisma.image.count({ where: { id: secondId } })).toBe(0);
    const keys = [removed.storageKey, ...JSON.parse(removed.variants).map((v: { key: string }) => v.key)];
    expect(keys.length).toBeGreaterThan(1);
    for (const key of keys) expect(fs.existsSync(path.join(UPLOADS, key))).toBe(false);
  });

  it("keeps the files of a removed photo that an article still uses as its cover", async () => {
    const id = await productId("naechingu-gim-gift-set");
    const shared = await prisma.productImage.findFirstOrThrow({ where: { productId: id }, include: { image: true } });
    const article = await prisma.article.findFirstOrThrow({ select: { id: true, coverImageId: true } });
    await prisma.article.update({ where: { id: article.id }, data: { coverImageId: shared.imageId } });
    try {
      await postToProduct(id, { intent: "photo-remove", imageId: String(shared.imageId) }, admin);
      expect(await prisma.productImage.count({ where: { productId: id } })).toBe(0);
      expect(await prisma.image.count({ where: { id: shared.imageId } })).toBe(1);
      expect(fs.existsSync(path.join(UPLOADS, shared.image.storageKey))).toBe(true);
    } finally {
      await prisma.article.update({ where: { id: article.id }, data: { coverImageId: article.coverImageId } });
    }
  });
});
