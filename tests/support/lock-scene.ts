// What the forms of the HTTP lock test act on, made through the app's own commands on this test file's database
// before a server opens it: delivered orders (one with no request, one with an open 반품 request, one approved),
// a 확인 필요 item on a paid order, a subscriber waiting for confirmation, the staff account the admin edits,
// a product with two photos, an article with an older version, a failed mail, a part ready to ship.
import crypto from "node:crypto";
import { prisma } from "~/utils/db.server";
import { answerRequest } from "~/orders/part-request-answers.server";
import { requestByCustomer } from "~/orders/part-requests.server";
import { refundProvider } from "~/payments/refund-provider.server";
import { paidOrder, staffUserId } from "./orders";
import { STAFF } from "./staff";

export const PHONE = "010-1234-5678";

async function deliveredOrder() {
  const { order, seogu } = await paidOrder(prisma);
  await prisma.fulfilment.update({
    where: { id: seogu.id },
    data: { status: "DELIVERED", deliveredAt: new Date(Date.now() - 86_400_000) },
  });
  return { order, fulfilmentId: seogu.id };
}

async function returnRequested() {
  const { order, fulfilmentId } = await deliveredOrder();
  const asked = await requestByCustomer(
    {
      token: order.lookupToken,
      phone: PHONE.replace(/\D/g, ""),
      fulfilmentId,
      kind: "RETURN",
      reasonCode: "파손",
      note: "",
    },
    refundProvider,
  );
  if (!asked.ok) throw new Error(`requestByCustomer refused: ${asked.reason}`);
  const request = await prisma.partRequest.findFirstOrThrow({ where: { orderId: order.id } });
  return { order, requestId: request.id };
}

/** Two photos on a product (rows only: the forms that move, describe or remove them never read the files). */
async function productWithPhotos() {
  const product = await prisma.product.findFirstOrThrow({ orderBy: { id: "asc" } });
  const imageIds: number[] = [];
  for (const position of [0, 1]) {
    const key = `lock-test/${crypto.randomUUID()}.jpg`;
    const image = await prisma.image.create({
      data: {
        storageKey: key,
        mimeType: "image/jpeg",
        width: 800,
        height: 600,
        byteSize: 1000,
        alt: `사진 ${position}`,
      },
    });
    await prisma.productImage.create({ data: { productId: product.id, imageId: image.id, position } });
    imageIds.push(image.id);
  }
  return { productId: product.id, imageIds };
}

async function articleWithOlderVersion() {
  const article = await prisma.article.findFirstOrThrow({ orderBy: { id: "asc" } });
  const { title, summary, body } = article;
  const older = await prisma.articleRevision.create({
    data: { articleId: article.id, title: `${title} (예전)`, summary, body, createdAt: new Date(Date.now() - 60_000) },
  });
  await prisma.articleRevision.create({ data: { articleId: article.id, title, summary, body } });
  return { articleId: article.id, revisionId: older.id };
}

export async function lockScene() {
  const admin = await staffUserId(prisma, STAFF.admin);
  const toAsk = await deliveredOrder();
  const toAnswer = await returnRequested();
  const toCollect = await returnRequested();
  const approved = await answerRequest(
    { requestId: toCollect.requestId, decision: "APPROVE", note: "", actor: { userId: admin.userId, centerId: null } },
    refundProvider,
  );
  if (!approved.ok) throw new Error(`answerRequest refused: ${approved.reason}`);

  const reviewed = await paidOrder(prisma);
  const payment = await prisma.payment.findFirstOrThrow({ where: { orderId: reviewed.order.id } });
  const review = await prisma.paymentReview.create({
    data: {
      orderId: reviewed.order.id,
      paymentId: payment.id,
      kind: "OVER_REFUND",
      dedupeKey: `lock-test-${crypto.randomUUID()}`,
      paymentIntent: reviewed.paymentIntent,
      amount: reviewed.order.total + 1000,
      orderStatus: "PAID",
    },
  });
  const subscriber = await prisma.subscriber.create({
    data: { email: "pending-reader@example.kr", token: crypto.randomBytes(24).toString("base64url"), consent: "동의" },
  });
  const staffUser = await prisma.user.findUniqueOrThrow({ where: { email: STAFF.seogu } });
  const failedMail = await prisma.notification.create({
    data: { kind: "SHIPPED", to: "buyer@example.kr", subject: "발송 안내", text: "…", status: "FAILED", attempts: 6 },
  });
  const toShip = await paidOrder(prisma);
  await prisma.fulfilment.update({ where: { id: toShip.seogu.id }, data: { status: "ACCEPTED" } });
  return {
    staffUser,
    ask: { token: toAsk.order.lookupToken, fulfilmentId: toAsk.fulfilmentId },
    answer: { number: toAnswer.order.number, requestId: toAnswer.requestId },
    collect: { number: toCollect.order.number, requestId: toCollect.requestId },
    reviewId: review.id,
    subscriberToken: subscriber.token,
    photos: await productWithPhotos(),
    revision: await articleWithOlderVersion(),
    failedMailId: failedMail.id,
    toShipNumber: toShip.order.number,
  };
}
