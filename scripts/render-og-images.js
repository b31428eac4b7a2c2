// Social previews (Open Graph) need raster images: renders each illustration in public/art to a
// 1200×630 PNG under public/art/og/ (git-ignored). Skips images that are already up to date.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const root = path.resolve(import.meta.dirname, "..");
const artDir = path.join(root, "public/art");
const outDir = path.join(artDir, "og");
const CREAM = { r: 255, g: 246, b: 233, alpha: 1 };

fs.mkdirSync(outDir, { recursive: true });
let rendered = 0;
for (const file of fs.readdirSync(artDir).filter((f) => f.endsWith(".svg"))) {
  const source = path.join(artDir, file);
  const target = path.join(outDir, file.replace(/\.svg$/, ".png"));
  if (fs.existsSync(target) && fs.statSync(target).mtimeMs >= fs.statSync(source).mtimeMs) continue;
  await sharp(source, { density: 150 })
    .resize(1200, 630, { fit: "contain", background: CREAM })
    .flatten({ background: CREAM })
    .png({ compressionLevel: 9, palette: true })
    .toFile(target);
  rendered += 1;
}
if (rendered) console.log(`Rendered ${rendered} Open Graph image(s) into public/art/og/`);
