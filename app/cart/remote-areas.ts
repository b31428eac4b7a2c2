// 제주·도서산간 추가 배송비 by 우편번호 (5-digit 국가기초구역번호), after the list couriers (CJ대한통운,
// 우체국택배) and the big marketplaces use. Shown to the admin at /admin/shipping-areas. One surcharge per
// parcel: the most specific range wins, so 제주 도서 (추자·우도) cost more than 제주 본섬.

export type RemoteArea = { from: string; to: string; region: string; kind: "JEJU" | "JEJU_ISLAND" | "ISLAND" };

export const SURCHARGE_BY_KIND: Record<RemoteArea["kind"], { amount: number; label: string }> = {
  JEJU: { amount: 3000, label: "제주" },
  JEJU_ISLAND: { amount: 6000, label: "제주 도서" },
  ISLAND: { amount: 5000, label: "도서산간" },
};

const r = (from: string, to: string, region: string, kind: RemoteArea["kind"] = "ISLAND"): RemoteArea => ({
  from,
  to,
  region,
  kind,
});

export const REMOTE_AREAS: RemoteArea[] = [
  r("63000", "63001", "제주 제주시 추자면", "JEJU_ISLAND"),
  r("63365", "63365", "제주 제주시 우도면", "JEJU_ISLAND"),
  r("63000", "63644", "제주특별자치도", "JEJU"),
  r("22386", "22388", "인천 중구 (무의도 등 섬 지역)"),
  r("23004", "23010", "인천 강화군 (교동·삼산·서도면)"),
  r("23100", "23116", "인천 옹진군 (북도·영흥·자월면 등)"),
  r("23124", "23136", "인천 옹진군 (백령·대청·연평면 등)"),
  r("31708", "31708", "충남 당진시 (섬 지역)"),
  r("32133", "32133", "충남 태안군 (섬 지역)"),
  r("33411", "33411", "충남 보령시 (섬 지역)"),
  r("40200", "40240", "경북 울릉군 (울릉도·독도)"),
  r("46768", "46771", "부산 강서구 (섬 지역)"),
  r("52570", "52571", "경남 사천시 (섬 지역)"),
  r("53031", "53033", "경남 통영시 (섬 지역)"),
  r("53089", "53104", "경남 통영시 (욕지·한산·사량면 등)"),
  r("54000", "54000", "전북 군산시 (섬 지역)"),
  r("56347", "56349", "전북 부안군 (위도면)"),
  r("57068", "57069", "전남 영광군 (섬 지역)"),
  r("58760", "58762", "전남 목포시 (섬 지역)"),
  r("58800", "58810", "전남 신안군 (섬 지역)"),
  r("58816", "58818", "전남 신안군 (섬 지역)"),
  r("58826", "58826", "전남 신안군 (섬 지역)"),
  r("58828", "58866", "전남 신안군 (섬 지역)"),
  r("58953", "58958", "전남 진도군 (섬 지역)"),
  r("59102", "59103", "전남 완도군 (섬 지역)"),
  r("59106", "59106", "전남 완도군 (섬 지역)"),
  r("59127", "59127", "전남 완도군 (섬 지역)"),
  r("59129", "59129", "전남 완도군 (섬 지역)"),
  r("59137", "59166", "전남 완도군 (섬 지역)"),
  r("59421", "59421", "전남 보성군 (섬 지역)"),
  r("59531", "59531", "전남 고흥군 (섬 지역)"),
  r("59551", "59551", "전남 고흥군 (섬 지역)"),
  r("59563", "59563", "전남 고흥군 (섬 지역)"),
  r("59568", "59568", "전남 고흥군 (섬 지역)"),
  r("59650", "59650", "전남 여수시 (섬 지역)"),
  r("59766", "59766", "전남 여수시 (섬 지역)"),
  r("59781", "59790", "전남 여수시 (섬 지역)"),
];

export type Surcharge = { amount: number; label: string; region: string };

/** The per-parcel surcharge for a 5-digit postal code, or null when none applies (or the code is incomplete). */
export function remoteAreaSurcharge(postalCode: string, areas: RemoteArea[] = REMOTE_AREAS): Surcharge | null {
  if (!/^\d{5}$/.test(postalCode)) return null;
  // Ranges are listed most specific first (제주 도서 before 제주), so the first match is the right one.
  const area = areas.find((a) => postalCode >= a.from && postalCode <= a.to);
  return area ? { ...SURCHARGE_BY_KIND[area.kind], region: area.region } : null;
}
