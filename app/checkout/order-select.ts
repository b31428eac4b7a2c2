// Field sets of an order that several views select alike (customer page, admin, center, emails).
import type { Prisma } from "~/generated/prisma/client";

/** Where the parcel goes. */
export const deliverySelect = {
  recipientName: true,
  recipientPhone: true,
  postalCode: true,
  address1: true,
  address2: true,
  deliveryMemo: true,
} satisfies Prisma.OrderSelect;

/** What was paid, and when. */
export const totalsSelect = {
  itemsTotal: true,
  shippingTotal: true,
  total: true,
  createdAt: true,
  paidAt: true,
} satisfies Prisma.OrderSelect;
