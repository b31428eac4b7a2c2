/** A built-in illustration from public/art (the webzine itself has no photos). */
export function Art({
  name,
  alt,
  className = "",
  eager = false,
}: {
  name: string | null;
  alt: string;
  className?: string;
  eager?: boolean;
}) {
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
