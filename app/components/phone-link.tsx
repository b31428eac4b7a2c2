import { formatPhone } from "~/utils/format";

/** A phone number that dials on a phone ("062-361-9114" → tel:0623619114); stored digits are shown grouped. */
export function PhoneLink({ phone, className = "underline" }: { phone: string; className?: string }) {
  return (
    <a href={`tel:${phone.replace(/\D/g, "")}`} className={className}>
      {formatPhone(phone)}
    </a>
  );
}
