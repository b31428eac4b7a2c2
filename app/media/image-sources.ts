// What a page needs to draw an uploaded image: plain data, usable on the server and in the browser.

/** URL prefix of the route that serves stored files (app/routes/uploads.$.ts). */
export const UPLOADS_PATH = "/uploads";

/** For `<input type="file" accept={…}>`: narrows the browser's picker (the server checks the bytes anyway). */
export const IMAGE_ACCEPT = "image/jpeg,image/png,image/webp";

export type ImageVariant = { width: number; height: number; key: string };

/** The columns of an Image row that rendering needs (`variants` as stored: JSON text, or already parsed). */
export type ImageRecord = {
  storageKey: string;
  width: number;
  height: number;
  variants: string | ImageVariant[];
};

export type ImageSources = { src: string; srcSet: string; width: number; height: number };

export function uploadUrl(key: string): string {
  return `${UPLOADS_PATH}/${key}`;
}

export function parseVariants(variants: ImageRecord["variants"]): ImageVariant[] {
  if (Array.isArray(variants)) return variants;
  try {
    const parsed: unknown = JSON.parse(variants);
    return Array.isArray(parsed) ? (parsed as ImageVariant[]) : [];
  } catch {
    return [];
  }
}

/**
 * `src` is the JPEG/PNG fallback (also what Open Graph uses); `srcSet` lists the WebP sizes, narrowest
 * first, so the browser picks the smallest one that fills the slot given by `sizes`.
 */
export function imageSources(image: ImageRecord): ImageSources {
  const variants = [...parseVariants(image.variants)].sort((a, b) => a.width - b.width);
  return {
    src: uploadUrl(image.storageKey),
    srcSet: variants.map((v) => `${uploadUrl(v.key)} ${v.width}w`).join(", "),
    width: image.width,
    height: image.height,
  };
}

/** Prisma `select` for an Image relation that will be rendered (pass the row to imageSources). */
export const imageSelect = { storageKey: true, width: true, height: true, variants: true, alt: true } as const;
