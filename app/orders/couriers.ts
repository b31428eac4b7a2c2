// Couriers and their public tracking pages, in one place. Tracking numbers are stored as digit strings.
export const COURIERS = {
  CJ: { name: "CJ대한통운", url: "https://trace.cjlogistics.com/next/tracking.html?wblNo={n}" },
  EPOST: { name: "우체국택배", url: "https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1={n}" },
  HANJIN: {
    name: "한진택배",
    url: "https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?mCode=MN038&schLang=KR&wblnumText2={n}",
  },
  LOTTE: { name: "롯데택배", url: "https://www.lotteglogis.com/home/reservation/tracking/linkView?InvNo={n}" },
  LOGEN: { name: "로젠택배", url: "https://www.ilogen.com/web/personal/trace/{n}" },
} as const;
export type CourierCode = keyof typeof COURIERS;

export function isCourierCode(code: string): code is CourierCode {
  return Object.hasOwn(COURIERS, code);
}

export function trackingUrl(courier: string, trackingNumber: string): string | null {
  if (!isCourierCode(courier) || !/^\d{6,20}$/.test(trackingNumber)) return null;
  return COURIERS[courier].url.replace("{n}", encodeURIComponent(trackingNumber));
}

export function courierName(courier: string): string {
  return isCourierCode(courier) ? COURIERS[courier].name : courier;
}
