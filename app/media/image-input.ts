// The file field of an image upload form, for the form's Zod schema (browser and server). Conform leaves an
// empty file input (nothing chosen) out, so the field is optional; the bytes are checked by saveImageUpload.
import { z } from "zod";

export const imageFileInput = z.instanceof(File).optional();
