// The 송장 일괄등록 post: a multipart form with one CSV file, read in memory with a size cap so a
// huge upload is refused while streaming instead of after it has been buffered.
import { parseForm } from "~/utils/form-parse";
import {
  data,
  MaxPartSizeExceededError,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
} from "@remix-run/node";
import type { SessionUser } from "~/accounts/session.server";
import { nullWhenDatabaseUnavailable, unavailableReply } from "~/utils/form-reply.server";
import { applyShippingCsv } from "./shipping-csv.server";
import { MAX_UPLOAD_BYTES, shippingUploadSchema, UPLOAD_TOO_BIG_MESSAGE } from "./shipping-upload-form";

type CenterStaff = SessionUser & { centerId: number };

export async function handleShippingUpload(request: Request, staff: CenterStaff) {
  let formData: FormData;
  try {
    formData = await unstable_parseMultipartFormData(
      request,
      unstable_createMemoryUploadHandler({ maxPartSize: MAX_UPLOAD_BYTES }),
    );
  } catch (error) {
    if (!(error instanceof MaxPartSizeExceededError)) throw error;
    const empty = parseForm(new FormData(), { schema: shippingUploadSchema });
    return data({ result: empty.reply({ fieldErrors: { file: [UPLOAD_TOO_BIG_MESSAGE] } }), report: null }, 413);
  }
  const submission = parseForm(formData, { schema: shippingUploadSchema });
  if (submission.status !== "success") return data({ result: submission.reply(), report: null }, 400);

  const bytes = new Uint8Array(await submission.value.file.arrayBuffer());
  const actor = { userId: staff.id, centerId: staff.centerId };
  const applied = await nullWhenDatabaseUnavailable(() => applyShippingCsv({ bytes, actor }));
  // A held lock or a full disk (even halfway through the file): the same file can be sent again, as rows
  // already shipped with the same number are skipped.
  if (!applied) return data({ result: unavailableReply(submission), report: null }, 503);
  if ("error" in applied) {
    return data({ result: submission.reply({ fieldErrors: { file: [applied.error] } }), report: null }, 400);
  }
  return data({ result: submission.reply({ resetForm: true }), report: applied.report });
}
