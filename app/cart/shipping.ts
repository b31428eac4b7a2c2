// Shipping rules. Each producing center packs and ships its own parcel, so every rule applies per
// center group: its own fee and free-shipping threshold, and one remote-area surcharge per parcel.
import { remoteAreaSurcharge } from "./remote-areas";

export type CenterShippingPolicy = { shippingFee: number; freeShippingThreshold: number };

export type ShippingQuote = {
  fee: number; // 0 once the group reaches the threshold
  amountToFree: number; // won still to add for free shipping (0 when already free)
};

export function quoteShipping(itemsTotal: number, policy: CenterShippingPolicy): ShippingQuote {
  if (itemsTotal <= 0) return { fee: 0, amountToFree: 0 };
  if (itemsTotal >= policy.freeShippingThreshold) return { fee: 0, amountToFree: 0 };
  return { fee: policy.shippingFee, amountToFree: policy.freeShippingThreshold - itemsTotal };
}

/** The remote-area surcharge (제주, 제주 도서, 도서산간) for a 5-digit postal code, or null when none applies. */
export function surchargeFor(postalCode: string) {
  return remoteAreaSurcharge(postalCode);
}

type Parcel = { itemsTotal: number; shippingFee: number };

/**
 * What checkout will charge for these parcels delivered to `postalCode`: the same sum placing the
 * order computes (items + each parcel's fee + one surcharge per parcel).
 */
export function quoteCheckout(parcels: Parcel[], postalCode: string) {
  const surcharge = surchargeFor(postalCode);
  const perParcel = surcharge?.amount ?? 0;
  const itemsTotal = parcels.reduce((sum, p) => sum + p.itemsTotal, 0);
  const shippingTotal = parcels.reduce((sum, p) => sum + p.shippingFee + perParcel, 0);
  return {
    surcharge,
    perParcel,
    surchargeTotal: perParcel * parcels.length,
    itemsTotal,
    shippingTotal,
    total: itemsTotal + shippingTotal,
  };
}
