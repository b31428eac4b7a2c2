import type { ImageSources } from "~/media/image-sources";

/**
 * An uploaded image at the size the layout needs: width/height reserve its space (no layout shift),
 * srcset + sizes let the browser fetch the smallest WebP that fills the slot. Lazy unless told otherwise
 * (pass loading="eager" for the picture at the top of a page).
 */
export function ResponsiveImage({
  image,
  alt,
  sizes = "100vw",
  className = "",
  loading = "lazy",
}: {
  image: ImageSources;
  alt: string;
  sizes?: string;
  className?: string;
  loading?: "lazy" | "eager";
}) {
  return (
    <img
      src={image.src}
      srcSet={image.srcSet || undefined}
      sizes={image.srcSet ? sizes : undefined}
      width={image.width}
      height={image.height}
      alt={alt}
      loading={loading}
      decoding="async"
      // The top picture of a page is what the reader waits for: ask for it first.
      {...(loading === "eager" ? { fetchpriority: "high" } : {})}
      className={`block h-auto w-full bg-cream object-cover ${className}`}
    />
  );
}
