// Photos of a product (ProductImage, in order). Files go through the media module, which checks the
// bytes, makes the responsive sizes and stores them; this module only links them to the product.
import type { SubmissionResult } from "@conform-to/react";
import { data } from "@remix-run/node";
import { recordAudit } from "~/audit/audit.server";
import { deleteImageIfUnused, saveImageUpload, type UploadRefusalReason } from "~/media/images.server";
import { uploadRefusal } from "~/media/upload-messages";
import { refusable, type CommandResult } from "~/utils/command-result";
import { DATABASE_UNAVAILABLE_MESSAGE } from "~/utils/db-errors.server";
import { prisma } from "~/utils/db.server";
import { parseForm } from "~/utils/form-parse";
import { nullWhenDatabaseUnavailable, unavailableReply } from "~/utils/form-reply.server";
import { notFound } from "~/utils/http.server";
import { isPhotoIntent, photoFormId, photoSchema, type PhotoCommand } from "./photo-form";
import { PHOTO_NOTICES } from "./photo-messages";

/** What a photo command did (worded in photo-messages.ts). */
export type PhotoNotice = "added" | "alt-saved" | "alt-unchanged" | "moved" | "at-end" | "removed";

/** A photo command's result: its notice, or the upload's refusal (media's reason code). */
export type PhotoResult = CommandResult<PhotoNotice, UploadRefusalReason>;

const done = (notice: PhotoNotice): PhotoResult => ({ ok: true, data: notice });

async function productName(productId: number) {
  const product = await prisma.product.findUnique({ where: { id: productId }, select: { name: true } });
  if (!product) throw new Response("Not Found", { status: 404 });
  return product.name;
}

type Command<Intent extends PhotoCommand["intent"]> = Extract<PhotoCommand, { intent: Intent }>;

async function addPhoto(
  productId: number,
  { alt, photo: file }: Command<"photo-add">,
  userId: number,
): Promise<PhotoResult> {
  const name = await productName(productId);
  const saved = await refusable<{ id: number }, UploadRefusalReason>(() => saveImageUpload(file, { alt, userId }));
  if ("ok" in saved) return saved;
  const imageId = saved.id;
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
  return done("added");
}

async function linkedImage(productId: number, imageId: number) {
  const link = await prisma.productImage.findUnique({
    where: { productId_imageId: { productId, imageId } },
    include: { image: { select: { alt: true } }, product: { select: { name: true } } },
  });
  return link ?? notFound();
}

async function changeAlt(
  productId: number,
  { imageId, alt }: Command<"photo-alt">,
  userId: number,
): Promise<PhotoResult> {
  const link = await linkedImage(productId, imageId);
  if (alt === link.image.alt) return done("alt-unchanged");
  await prisma.$transaction(async (tx) => {
    await tx.image.update({ where: { id: link.imageId }, data: { alt } });
    const detail = `${link.product.name}: 사진 설명 “${link.image.alt}” → “${alt}”`;
    await recordAudit({ userId, action: "product.image-update", entity: "Product", entityId: productId, detail }, tx);
  });
  return done("alt-saved");
}

/** Swaps the photo with its neighbour; the first photo is the one shown in lists. */
async function move(productId: number, imageId: number, userId: number, by: -1 | 1): Promise<PhotoResult> {
  const link = await linkedImage(productId, imageId);
  const photos = await prisma.productImage.findMany({
    where: { productId },
    orderBy: [{ position: "asc" }, { imageId: "asc" }],
  });
  const from = photos.findIndex((p) => p.imageId === link.imageId);
  const to = from + by;
  if (to < 0 || to >= photos.length) return done("at-end");
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
  return done("moved");
}

/** Unlinks the photo from the product; its files go too unless an article or another product uses it. */
async function remove(productId: number, imageId: number, userId: number): Promise<PhotoResult> {
  const link = await linkedImage(productId, imageId);
  await prisma.$transaction(async (tx) => {
    await tx.productImage.delete({ where: { productId_imageId: { productId, imageId: link.imageId } } });
    const detail = `${link.product.name}: 사진 “${link.image.alt}” 뺌`;
    await recordAudit({ userId, action: "product.image-remove", entity: "Product", entityId: productId, detail }, tx);
  });
  await deleteImageIfUnused(link.imageId);
  return done("removed");
}

/** The photo form a POST to the product's page carries, parsed; null when it is the product form. */
export function parsePhotoForm(form: FormData) {
  const submission = parseForm(form, { schema: photoSchema });
  return isPhotoIntent(submission.payload.intent) ? submission : null;
}

type PhotoSubmission = NonNullable<ReturnType<typeof parsePhotoForm>>;

/** What a photo form answers: its reply (messages beside its fields, what was typed), or a notice. */
export type PhotoActionData = { photoForm: string; result: SubmissionResult<string[]> } | { photoNotice: string };

/** An upload refused before its form could be read (too large a body): the message beside the file field. */
export function refusedUpload(reason: UploadRefusalReason) {
  const { message, status } = uploadRefusal(reason);
  return data<PhotoActionData>(
    { photoForm: "photo-add", result: { status: "error", error: { photo: [message] } } },
    { status },
  );
}

/**
 * Runs the photo form's command. A photo that is not the product's (or no photo) is a 404, as for a
 * stale page; a missing description or file, or a refused upload, is said beside its field.
 */
export async function photoAction(submission: PhotoSubmission, productId: number, userId: number) {
  const photoForm = photoFormId(submission.payload.intent, submission.payload.imageId);
  if (submission.status !== "success") {
    if (submission.error?.imageId) notFound();
    return data<PhotoActionData>({ photoForm, result: submission.reply() }, { status: 400 });
  }
  const result = await nullWhenDatabaseUnavailable(() => runPhotoCommand(submission.value, productId, userId));
  if (!result) {
    // A held lock or a full disk: the description typed stays in its form; the buttons have only the notice.
    const typed = submission.value.intent === "photo-add" || submission.value.intent === "photo-alt";
    return typed
      ? data<PhotoActionData>({ photoForm, result: unavailableReply(submission) }, { status: 503 })
      : data<PhotoActionData>({ photoNotice: DATABASE_UNAVAILABLE_MESSAGE }, { status: 503 });
  }
  if (!result.ok) {
    const { message, status } = uploadRefusal(result.reason);
    const reply = submission.reply({ fieldErrors: { photo: [message] } });
    return data<PhotoActionData>({ photoForm, result: reply }, { status });
  }
  return data<PhotoActionData>({ photoNotice: PHOTO_NOTICES[result.data] });
}

function runPhotoCommand(command: PhotoCommand, productId: number, userId: number): Promise<PhotoResult> {
  switch (command.intent) {
    case "photo-add":
      return addPhoto(productId, command, userId);
    case "photo-alt":
      return changeAlt(productId, command, userId);
    case "photo-up":
      return move(productId, command.imageId, userId, -1);
    case "photo-down":
      return move(productId, command.imageId, userId, 1);
    case "photo-remove":
      return remove(productId, command.imageId, userId);
  }
}
