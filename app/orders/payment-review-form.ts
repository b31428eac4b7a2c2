import { z } from "zod";
import { limitText } from "~/utils/text-fields";

/** One form per 확인 필요 item: which action, on which item; closing needs a note of what was checked. */
export const reviewActionSchema = z
  .object({
    intent: z.enum(["revive", "refund", "close"], { message: "처리 방법을 골라 주세요." }),
    reviewId: z.coerce.number({ message: "확인 항목을 찾을 수 없습니다." }).int().positive(),
    note: limitText(z.string().trim(), 200, "메모는 200자까지 쓸 수 있습니다.").default(""),
  })
  .superRefine((value, ctx) => {
    if (value.intent === "close" && value.note.length === 0) {
      ctx.addIssue({ code: "custom", path: ["note"], message: "무엇을 확인했는지 적어 주세요." });
    }
  });
