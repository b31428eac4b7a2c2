import { useNonce } from "~/utils/nonce";
import { jsonLd } from "~/utils/seo";

/** One <script type="application/ld+json"> per schema.org object (NewsArticle, Event, Product, …). */
export function JsonLdScripts({ data }: { data: { "@type": string }[] }) {
  const nonce = useNonce();
  return data.map((item) => (
    <script
      key={item["@type"]}
      type="application/ld+json"
      nonce={nonce}
      dangerouslySetInnerHTML={{ __html: jsonLd(item) }}
    />
  ));
}
