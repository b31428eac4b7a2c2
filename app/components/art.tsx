import type { ImageSources } from "~/media/image-sources";
import { ResponsiveImage } from "./responsive-image";

/**
 * A picture slot: the uploaded photo when there is one (`image`), else a built-in illustration from
 * public/art (seed content has no photos).
 */
export function Art({
  name,
  alt,
  image,
  sizes,
  className = "",
  eager = false,
}: {
  name: string | null;
  alt: string;
  image?: ImageSources | null;
  /** For uploaded images: the slot's width (srcset `sizes`), e.g. "(min-width: 1024px) 22rem, 100vw". */
  sizes?: string;
  className?: string;
  eager?: boolean;
}) {
  if (image) {
    return (
      <ResponsiveImage image={image} alt={alt} sizes={sizes} loading={eager ? "eager" : "lazy"} className={className} />
    );
  }
  const square = name?.startsWith("gim-") || name === "brand-sosodream";
  return (
    <img
      src={`/art/${name ?? "community"}.svg`}
      alt={alt}
      width={square ? 800 : 1200}
      height={square ? 800 : 675}
      loading={eager ? "eager" : "lazy"}
      decoding="async"
      className={`block h-auto w-full bg-cream object-cover ${className}`}
    />
  );
}
