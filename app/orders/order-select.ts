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

/** Who placed the order. */
export const ordererSelect = {
  id: true,
  number: true,
  lookupToken: true,
  status: true,
  ordererName: true,
  ordererPhone: true,
  ordererEmail: true,
} satisfies Prisma.OrderSelect;

/** A center's part: its state and what it costs (items, shipping, 제주 surcharge). */
export const partAmountsSelect = {
  id: true,
  status: true,
  itemsTotal: true,
  shippingFee: true,
  surcharge: true,
} satisfies Prisma.FulfilmentSelect;

/** The fulfilment log, oldest first, with who did it. */
export const partEventsSelect = {
  orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  select: { id: true, fromStatus: true, toStatus: true, note: true, createdAt: true, user: { select: { name: true } } },
} satisfies Prisma.Fulfilment$eventsArgs;
