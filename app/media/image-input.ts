// The file field of an image upload form, for the form's Zod schema (browser and server). Conform leaves an
// empty file input (nothing chosen) out; the bytes are checked by saveImageUpload.
import { z } from "zod";

/** A file the form may leave out (the photo it has stays). */
export const imageFileInput = z.instanceof(File).optional();

/** A file the form needs; `message` when none was chosen. */
export const requiredImageFile = (message: string) => z.instanceof(File, { message });
