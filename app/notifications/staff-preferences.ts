// A center staff member's own choice of work emails (/center/notifications); browser and server share it.
import { z } from "zod";
import { checkbox } from "~/utils/form-inputs";

export const staffPreferencesSchema = z.object({
  notifyNewOrders: checkbox,
  notifyRequests: checkbox,
});
export type StaffPreferences = z.infer<typeof staffPreferencesSchema>;
