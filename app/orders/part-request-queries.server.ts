// Reading requests: the customer's order page, a center's own parts, the admin's list and order page.
import type { Prisma } from "~/generated/prisma/client";
import { imageSelect } from "~/media/image-sources";
import { prisma } from "~/utils/db.server";
import type { PartRequestKind, PartRequestStatus } from "./part-request-rules";

/** What every reader of a request needs: which part, what was asked, where it stands. */
export const requestCoreSelect = {
  id: true,
  orderId: true,
  fulfilmentId: true,
  kind: true,
  origin: true,
  status: true,
  reasonCode: true,
  note: true,
} satisfies Prisma.PartRequestSelect;

export const requestViewSelect = {
  ...requestCoreSelect,
  answerNote: true,
  answeredAt: true,
  refundAmount: true,
  returnFee: true,
  collectedAt: true,
  completedAt: true,
  createdAt: true,
  photo: { select: imageSelect },
  requestedBy: { select: { name: true } },
  answeredBy: { select: { name: true } },
} satisfies Prisma.PartRequestSelect;

export type RequestView = Prisma.PartRequestGetPayload<{ select: typeof requestViewSelect }>;

/** Every request of an order, oldest first (the customer's page and the admin's order page). */
export function listOrderRequests(orderId: number) {
  return prisma.partRequest.findMany({
    where: { orderId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: requestViewSelect,
  });
}

/** The requests about one center's part; the centerId comes from the session. */
export function listCenterPartRequests(fulfilmentId: number, centerId: number) {
  return prisma.partRequest.findMany({
    where: { fulfilmentId, fulfilment: { centerId } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: requestViewSelect,
  });
}

export const REQUESTS_PAGE_SIZE = 50;

/**
 * /admin/requests (centerId null: every part) and /center/requests (one center's parts, the centerId from the
 * session): requests by kind and state (OPEN by default), newest first, with the open count of that scope.
 */
export async function listRequests(filter: {
  kind: PartRequestKind | null;
  status: PartRequestStatus | null;
  centerId: number | null;
}) {
  const scope: Prisma.PartRequestWhereInput =
    filter.centerId === null ? {} : { fulfilment: { centerId: filter.centerId } };
  const where: Prisma.PartRequestWhereInput = {
    ...scope,
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.status ? { status: filter.status } : {}),
  };
  const [rows, open] = await Promise.all([
    prisma.partRequest.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: REQUESTS_PAGE_SIZE,
      select: {
        ...requestViewSelect,
        order: { select: { number: true, ordererName: true } },
        fulfilment: { select: { status: true, center: { select: { shortName: true } } } },
      },
    }),
    prisma.partRequest.count({ where: { ...scope, status: "OPEN" } }),
  ]);
  return { rows, open };
}

export function countOpenRequests() {
  return prisma.partRequest.count({ where: { status: "OPEN" } });
}

/** Open requests about a center's parts (its dashboard). */
export function countCenterOpenRequests(centerId: number) {
  return prisma.partRequest.count({ where: { status: "OPEN", fulfilment: { centerId } } });
}
