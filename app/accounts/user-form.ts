// Forms of /admin/users: creating a staff account, changing it, resetting its password.
import { z } from "zod";
import { emailInput, requiredText } from "~/utils/form-inputs";
import { atLeastText, limitText } from "~/utils/text-fields";
import { Role } from "./roles";

export const MIN_PASSWORD_LENGTH = 10;

const role = z.nativeEnum(Role, { required_error: "역할을 골라 주세요.", invalid_type_error: "역할을 골라 주세요." });

const centerId = z.preprocess(
  (v) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : v),
  z.number({ invalid_type_error: "센터를 골라 주세요." }).int().positive().optional(),
);

/** Blank means "make one up"; a typed one must be long enough. */
const password = atLeastText(
  limitText(z.string(), 200),
  MIN_PASSWORD_LENGTH,
  `비밀번호는 ${MIN_PASSWORD_LENGTH}자 이상이어야 합니다.`,
).optional();

const account = z.object({
  email: emailInput,
  name: requiredText("이름을 입력해 주세요.", 30),
  role,
  centerId,
});

/** Center staff work for one center, so theirs is required; for other roles it is optional. */
function centerRequiredForStaff(value: { role: Role; centerId?: number }, ctx: z.RefinementCtx) {
  if (value.role === "CENTER_STAFF" && value.centerId === undefined) {
    ctx.addIssue({ code: "custom", path: ["centerId"], message: "지역자활센터 담당자는 소속 센터를 골라야 합니다." });
  }
}

export const createUserSchema = account.extend({ password }).superRefine(centerRequiredForStaff);
export type CreateUserInput = z.output<typeof createUserSchema>;

export const updateUserSchema = account.extend({ intent: z.literal("update") }).superRefine(centerRequiredForStaff);
export type UpdateUserInput = z.output<typeof updateUserSchema>;

export const resetPasswordSchema = z.object({ intent: z.literal("reset-password"), password });
