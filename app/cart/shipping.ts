// Shipping rules. Each producing center packs and ships its own parcel, so every rule applies per
// center group: its own fee and free-shipping threshold, and one remote-area surcharge per parcel.

export type SurchargeRange = { from: number; to: number; amount: number; label: string };

/** 제주 63000–63644: +3,000원 per parcel. Extend here for 도서산간 ranges. */
export const DEFAULT_SURCHARGE_RANGES: SurchargeRange[] = [{ from: 63000, to: 63644, amount: 3000, label: "제주" }];

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

/** The remote-area surcharge for a 5-digit postal code, or null when none applies. */
export function surchargeFor(postalCode: string, ranges: SurchargeRange[] = DEFAULT_SURCHARGE_RANGES) {
  if (!/^\d{5}$/.test(postalCode)) return null;
  const code = Number(postalCode);
  return ranges.find((r) => code >= r.from && code <= r.to) ?? null;
}
