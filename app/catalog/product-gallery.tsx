import { imageSources, uploadUrl, type ImageRecord } from "~/media/image-sources";
import { ResponsiveImage } from "~/components/responsive-image";

type Photo = ImageRecord & { alt: string };

/** Uploaded photos of a product page: the first one large, the others below it. */
export function ProductGallery({ name, images }: { name: string; images: Photo[] }) {
  const [first, ...rest] = images;
  if (!first) return null;
  return (
    <div className="space-y-3">
      <div className="overflow-hidden rounded-2xl border border-line">
        <ResponsiveImage
          image={imageSources(first)}
          alt={first.alt || name}
          sizes="(min-width: 1152px) 560px, (min-width: 768px) 50vw, 100vw"
          loading="eager"
          className="aspect-square"
        />
      </div>
      {rest.length ? (
        <ul className="grid grid-cols-3 gap-3">
          {rest.map((image) => (
            <li key={image.storageKey} className="overflow-hidden rounded-xl border border-line">
              <ResponsiveImage
                image={imageSources(image)}
                alt={image.alt || name}
                sizes="(min-width: 768px) 180px, 33vw"
                className="aspect-square"
              />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Path of the picture for Open Graph and JSON-LD: the first photo, else the illustration's PNG. */
export function shareImage(product: { art: string | null; images: { image: { storageKey: string } }[] }) {
  const photo = product.images[0]?.image;
  return photo ? uploadUrl(photo.storageKey) : `/art/og/${product.art ?? "brand-sosodream"}.png`;
}
