// The seller information the 전자상거래법 asks a shop to show, as the admin edits it (/admin/site-info).
import { z } from "zod";
import { emailInput, plainText } from "~/utils/form-inputs";

export const SITE_INFO_FIELDS = [
  { name: "businessName", label: "상호", required: true, hint: "예: 광주광역자활센터" },
  { name: "representative", label: "대표자", required: true },
  { name: "address", label: "사업장 주소", required: true },
  { name: "phone", label: "전화", required: true, hint: "예: 062-361-9114" },
  { name: "email", label: "이메일", required: true },
  { name: "businessNumber", label: "사업자등록번호", required: true, hint: "10자리 숫자 (예: 123-45-67890)" },
  { name: "mailOrderNumber", label: "통신판매업 신고번호", required: true, hint: "예: 제2026-광주서구-0000호" },
  { name: "privacyOfficerName", label: "개인정보 보호책임자", required: true, hint: "이름과 직위" },
  { name: "privacyOfficerContact", label: "보호책임자 연락처", required: true, hint: "전화 또는 이메일" },
  { name: "hostingProvider", label: "호스팅 서비스 제공자", required: true },
  { name: "csHours", label: "고객센터 운영시간", required: true, hint: "예: 평일 09:00–18:00 (점심 12:00–13:00)" },
] as const;

export type SiteInfoField = (typeof SITE_INFO_FIELDS)[number]["name"];
export type SiteInfo = Record<SiteInfoField, string>;

/**
 * What the webzine (2023년 12월호) says about the seller. Everything it does not say stays empty: the
 * footer shows it as "등록 전" and the launch checklist lists it; nothing is made up.
 */
export const WEBZINE_SITE_INFO: SiteInfo = {
  businessName: "광주광역자활센터",
  representative: "박기문",
  address: "광주광역시 서구 화정로 149, 3층",
  phone: "0623619114",
  email: "gjjahwal@kdissw.or.kr",
  businessNumber: "",
  mailOrderNumber: "",
  privacyOfficerName: "",
  privacyOfficerContact: "",
  hostingProvider: "",
  csHours: "",
};

/** Empty values are allowed (the admin may fill them one at a time); the checklist lists what is missing. */
export const siteInfoSchema = z.object({
  businessName: plainText(50),
  representative: plainText(30),
  address: plainText(200),
  phone: z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/\D/g, "") : v),
    z
      .string()
      .regex(/^(0\d{8,10}|1\d{7})?$/, "전화번호를 062-361-9114 형식으로 입력해 주세요.")
      .default(""),
  ),
  email: z.preprocess((v) => (v === "" ? undefined : v), emailInput.optional()).transform((v) => v ?? ""),
  businessNumber: z.preprocess(
    (v) => (typeof v === "string" ? v.replace(/[\s-]/g, "") : v),
    z
      .string()
      .regex(/^(\d{10})?$/, "사업자등록번호 10자리를 123-45-67890 형식으로 입력해 주세요.")
      .default(""),
  ),
  mailOrderNumber: plainText(50),
  privacyOfficerName: plainText(50),
  privacyOfficerContact: plainText(100),
  hostingProvider: plainText(100),
  csHours: plainText(100),
});
