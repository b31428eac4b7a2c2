// schema.org Product for a shop page: one Offer per pack with its SKU, shipping and the return policy of
// 전자상거래법 (청약철회 7일), and the breadcrumb trail the page shows.
import { breadcrumbList } from "~/news/structured-data";

type JsonLdProduct = {
  slug: string;
  name: string;
  summary: string;
  brand: { name: string } | null;
  center: { slug: string; name: string; shippingFee: number };
  variants: { id: number; name: string; price: number; stock: number }[];
};

export function productStructuredData(product: JsonLdProduct, base: string, image: string) {
  const url = `${base}/shop/${product.slug}`;
  const shippingDetails = {
    "@type": "OfferShippingDetails",
    shippingRate: { "@type": "MonetaryAmount", value: product.center.shippingFee, currency: "KRW" },
    shippingDestination: { "@type": "DefinedRegion", addressCountry: "KR" },
    deliveryTime: {
      "@type": "ShippingDeliveryTime",
      handlingTime: { "@type": "QuantitativeValue", minValue: 1, maxValue: 2, unitCode: "DAY" },
      transitTime: { "@type": "QuantitativeValue", minValue: 1, maxValue: 3, unitCode: "DAY" },
    },
  };
  const returnPolicy = {
    "@type": "MerchantReturnPolicy",
    applicableCountry: "KR",
    returnPolicyCategory: "https://schema.org/MerchantReturnFiniteReturnWindow",
    merchantReturnDays: 7,
    returnMethod: "https://schema.org/ReturnByMail",
    returnFees: "https://schema.org/ReturnFeesCustomerResponsibility",
  };
  const productLd = {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.name,
    description: product.summary,
    image,
    sku: product.slug,
    brand: product.brand ? { "@type": "Brand", name: product.brand.name } : undefined,
    manufacturer: { "@type": "Organization", name: product.center.name },
    offers: product.variants.map((v) => ({
      "@type": "Offer",
      name: v.name,
      sku: `${product.slug}-${v.id}`,
      price: v.price,
      priceCurrency: "KRW",
      availability: v.stock > 0 ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
      itemCondition: "https://schema.org/NewCondition",
      url,
      shippingDetails,
      hasMerchantReturnPolicy: returnPolicy,
    })),
  };
  const trail = [
    { name: product.brand?.name ?? "소소드림", path: "/shop" },
    { name: product.center.name, path: `/shop?center=${product.center.slug}` },
    { name: product.name, path: `/shop/${product.slug}` },
  ];
  return [productLd, breadcrumbList(trail, base)];
}
