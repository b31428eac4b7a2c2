// Posting the request forms as the customer (order page) and the staff (center and admin order pages), and
// reading what they left, for the part-request integration tests.
// The Stripe stand-in first: the app's refund provider reads its address when first imported.
import { prisma, STAFF, staffUserId } from "./stripe-refunds";
import { call } from "./route-calls";
import { formRequest, sessionCookie } from "./staff";

export const orderPage = await import("~/routes/orders.$token");
const centerPage = await import("~/routes/center.orders.$number");
const adminPage = await import("~/routes/admin.orders.$number");

export const PHONE = "010-1234-5678";

export function customerPost(token: string, fields: Record<string, string>) {
  return call(orderPage.action as never, formRequest(`/orders/${token}`, { phone: PHONE, ...fields }), { token });
}

export function ask(token: string, fulfilmentId: number, kind: string, reasonCode: string, note = "") {
  return customerPost(token, { intent: "part-request", fulfilmentId: String(fulfilmentId), kind, reasonCode, note });
}

export async function staffPost(who: "admin" | "seogu" | "gwangsan", number: string, fields: Record<string, string>) {
  const cookie = await sessionCookie(STAFF[who]);
  const page = who === "admin" ? adminPage : centerPage;
  const path = who === "admin" ? `/admin/orders/${number}` : `/center/orders/${number}`;
  return call(page.action as never, formRequest(path, fields, cookie), { number });
}

export const requestsOf = (orderId: number) =>
  prisma.partRequest.findMany({ where: { orderId }, orderBy: { id: "asc" }, include: { events: true } });

export const adminActor = async () => ({ userId: (await staffUserId(prisma, STAFF.admin)).userId, centerId: null });

/** Marks a part 배송완료 `daysAgo` days ago. */
export async function delivered(fulfilmentId: number, daysAgo: number) {
  await prisma.fulfilment.update({
    where: { id: fulfilmentId },
    data: { status: "DELIVERED", deliveredAt: new Date(Date.now() - daysAgo * 86_400_000) },
  });
}
