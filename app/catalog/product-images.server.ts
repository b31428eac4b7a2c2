// Photos of a product (ProductImage, in order). Files go through the media module, which checks the
// bytes, makes the responsive sizes and stores them; this module only links them to the product.
import { recordAudit } from "~/audit/audit.server";
import { deleteImageIfUnused, ImageUploadError, saveImageUpload, uploadedFile } from "~/media/images.server";
import { prisma } from "~/utils/db.server";
import { readAlt } from "./photo-alt";

/** A refusal's `status` is the HTTP status to answer with (400 when left out; 503 when the photo store is down). */
export type PhotoResult = { ok: true; notice: string } | { ok: false; message: string; status?: number };

function readImageId(value: FormDataEntryValue | null): number | null {
  return typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : null;
}

async function productName(productId: number) {
  const product = await prisma.product.findUnique({ where: { id: productId }, select: { name: true } });
  if (!product) throw new Response("Not Found", { status: 404 });
  return product.name;
}

async function addPhoto(productId: number, form: FormData, userId: number): Promise<PhotoResult> {
  const typed = readAlt(form.get("alt"));
  if (!typed.ok) return typed;
  const { alt } = typed;
  const file = uploadedFile(form.get("photo"));
  if (!file) return { ok: false, message: "올릴 사진 파일을 골라 주세요." };
  const name = await productName(productId);
  let imageId: number;
  try {
    imageId = (await saveImageUpload(file, { alt, userId })).id;
  } catch (error) {
    if (error instanceof ImageUploadError) return { ok: false, message: error.message, status: error.status };
    throw error;
  }
  await prisma.$transaction(async (tx) => {
    const last = await tx.productImage.findFirst({ where: { productId }, orderBy: { position: "desc" } });
    await tx.image.update({ where: { id: imageId }, data: { alt } });
    await tx.productImage.upsert({
      where: { productId_imageId: { productId, imageId } },
      create: { productId, imageId, position: (last?.position ?? -1) + 1 },
      update: {},
    });
    const detail = `${name}: 사진 추가 “${alt}”`;
    await recordAudit({ userId, action: "product.image-add", entity: "Product", entityId: productId, detail }, tx);
  });
  return { ok: true, notice: "사진을 올렸습니다." };
}

async function linkedImage(productId: number, imageId: number | null) {
  const link = imageId
    ? await prisma.productImage.findUnique({
        where: { productId_imageId: { productId, imageId } },
        include: { image: { select: { alt: true } }, product: { select: { name: true } } },
      })
    : null;
  if (!link) throw new Response("Not Found", { status: 404 });
  return link;
}

async function changeAlt(productId: number, form: FormData, userId: number): Promise<PhotoResult> {
  const link = await linkedImage(productId, readImageId(form.get("imageId")));
  const typed = readAlt(form.get("alt"));
  if (!typed.ok) return typed;
  const { alt } = typed;
  if (alt === link.image.alt) return { ok: true, notice: "바뀐 내용이 없습니다." };
  await prisma.$transaction(async (tx) => {
    await tx.image.update({ where: { id: link.imageId }, data: { alt } });
    const detail = `${link.product.name}: 사진 설명 “${link.image.alt}” → “${alt}”`;
    await recordAudit({ userId, action: "product.image-update", entity: "Product", entityId: productId, detail }, tx);
  });
  return { ok: true, notice: "사진 설명을 저장했습니다." };
}

/** Swaps the photo with its neighbour; the first photo is the one shown in lists. */
async function move(productId: number, form: FormData, userId: number, by: -1 | 1): Promise<PhotoResult> {
  const link = await linkedImage(productId, readImageId(form.get("imageId")));
  const photos = await prisma.productImage.findMany({
    where: { productId },
    orderBy: [{ position: "asc" }, { imageId: "asc" }],
  });
  const from = photos.findIndex((p) => p.imageId === link.imageId);
  const to = from + by;
  if (to < 0 || to >= photos.length) return { ok: true, notice: "더 옮길 수 없습니다." };
  [photos[from], photos[to]] = [photos[to]!, photos[from]!];
  await prisma.$transaction(async (tx) => {
    for (const [position, photo] of photos.entries()) {
      await tx.productImage.update({
        where: { productId_imageId: { productId, imageId: photo.imageId } },
        data: { position },
      });
    }
    const detail = `${link.product.name}: 사진 “${link.image.alt}” 순서 ${from + 1} → ${to + 1}`;
    await recordAudit({ userId, action: "product.image-update", entity: "Product", entityId: productId, detail }, tx);
  });
  return { ok: true, notice: "사진 순서를 바꿨습니다." };
}

/** Unlinks the photo from the product; its files go too unless an article or another product uses it. */
async function remove(productId: number, form: FormData, userId: number): Promise<PhotoResult> {
  const link = await linkedImage(productId, readImageId(form.get("imageId")));
  await prisma.$transaction(async (tx) => {
    await tx.productImage.delete({ where: { productId_imageId: { productId, imageId: link.imageId } } });
    const detail = `${link.product.name}: 사진 “${link.image.alt}” 뺌`;
    await recordAudit({ userId, action: "product.image-remove", entity: "Product", entityId: productId, detail }, tx);
  });
  await deleteImageIfUnused(link.imageId);
  return { ok: true, notice: "사진을 뺐습니다." };
}

export const PHOTO_INTENTS = ["photo-add", "photo-alt", "photo-up", "photo-down", "photo-remove"] as const;
export type PhotoIntent = (typeof PHOTO_INTENTS)[number];

export function isPhotoIntent(value: unknown): value is PhotoIntent {
  return PHOTO_INTENTS.includes(value as PhotoIntent);
}

export function photoAction(intent: PhotoIntent, productId: number, form: FormData, userId: number) {
  switch (intent) {
    case "photo-add":
      return addPhoto(productId, form, userId);
    case "photo-alt":
      return changeAlt(productId, form, userId);
    case "photo-up":
      return move(productId, form, userId, -1);
    case "photo-down":
      return move(productId, form, userId, 1);
    case "photo-remove":
      return remove(productId, form, userId);
  }
}
