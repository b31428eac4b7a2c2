// The 웹진 구독 form, shared by the page (Conform in the browser) and its action (the server's check).
import { z } from "zod";
import { limitText } from "~/utils/text-fields";

/** The one line a reader agrees to; stored with the subscription as it was shown. */
export const CONSENT_TEXT =
  "이메일 주소를 광주자활뉴스 발송에만 이용하는 데 동의합니다. 구독을 해지하면 더 이상 보내지 않습니다.";

export const subscribeSchema = z.object({
  email: limitText(
    z.string({ required_error: "이메일 주소를 입력해 주세요." }).trim(),
    254,
    "이메일 주소가 너무 깁니다.",
  ).pipe(z.string().email("이메일 주소 형식이 올바르지 않습니다. 예: name@example.kr")),
  consent: z.literal("on", {
    errorMap: () => ({ message: "이메일 주소 이용에 동의해야 구독할 수 있습니다." }),
  }),
});
