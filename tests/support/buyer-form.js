// The order form (/checkout) as a buyer fills it in a browser, its visible fields only: the page's hidden
// fields (the amount shown, the policy versions) come from the page. Plain JavaScript so that the bench
// (scripts/bench/commerce.js, run by node) and the HTTP tests (through support/http-client.ts) share it.
export const BUYER_FIELDS = Object.freeze({
  ordererName: "김민지",
  ordererPhone: "010-1234-5678",
  ordererEmail: "minji@example.kr",
  sameAsOrderer: "on",
  postalCode: "61945",
  address1: "광주광역시 서구 화정로 149",
  address2: "3층",
  consentTerms: "on",
  consentPrivacy: "on",
  consentThirdParty: "on",
  consentPurchase: "on",
  consentAge14: "on",
});
