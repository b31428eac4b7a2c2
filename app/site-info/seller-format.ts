// How the footer (on every public page) shows the seller's registration number: kept apart from the admin
// form's schema in site-info-fields.ts, which would bring zod into every page's scripts.

/** 1234567890 → "123-45-67890" */
export function formatBusinessNumber(digits: string) {
  return /^\d{10}$/.test(digits) ? `${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}` : digits;
}

/** The 공정거래위원회 page that confirms a registered mail-order business by its registration number. */
export function ftcLookupUrl(businessNumber: string) {
  return `https://www.ftc.go.kr/bizCommPop.do?wrkr_no=${encodeURIComponent(businessNumber)}`;
}
