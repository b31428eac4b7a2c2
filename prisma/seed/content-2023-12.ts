// Seed content: 광주자활뉴스 2023년 12월호 (광주광역자활센터 웹진).
// Transcribed from prisma/seed/source-2023-12.txt. Sentences are kept as published; only extraction
// artefacts were fixed (stray quote marks, broken lines, the truncated host name).

import type { SeedArticle, SeedBrand, SeedCenter, SeedIssue, SeedProduct, SeedSection } from "./types.js";

// ───────────── Centers ─────────────

export const centers: SeedCenter[] = [
  {
    slug: "gwangju",
    name: "광주광역자활센터",
    shortName: "광주광역",
    kind: "REGIONAL",
    representative: "박기문",
    address: "광주광역시 서구 화정로 149, 3층",
    phone: "062-361-9114",
    email: "gjjahwal@kdissw.or.kr",
    description: "광주 지역 자활사업과 지역자활센터를 지원하는 광역자활센터로, 웹진 광주자활뉴스를 발행합니다.",
  },
  {
    slug: "gwangsan",
    name: "광주광산지역자활센터",
    shortName: "광산",
    kind: "LOCAL",
    description:
      "참여주민 인문학 교육을 실시하고 광주사회적가치 매칭데이에 재활용 사업 의제를 신청한 지역자활센터입니다.",
  },
  {
    slug: "gwangsan-eodeung",
    name: "광주광산어등지역자활센터",
    shortName: "광산어등",
    kind: "LOCAL",
    description:
      "참여주민 복지아카데미를 실시하였으며 중앙자산기증펀드 자활센터 시설개선사업 현장모니터링 대상인 지역자활센터입니다.",
  },
  {
    slug: "bukgu-dongsin",
    name: "광주북구동신지역자활센터",
    shortName: "북구동신",
    kind: "LOCAL",
    description: "청년자립도전사업단을 운영하고 따뜻한 겨울나기 바자회를 개최한 지역자활센터입니다.",
  },
  {
    slug: "bukgu-huimang",
    name: "광주북구희망지역자활센터",
    shortName: "북구희망",
    kind: "LOCAL",
    description:
      "사랑나눔 후원품을 전달하고 광주사회적가치 매칭데이에 에코워싱 식기세척사업 의제를 신청한 지역자활센터입니다.",
  },
  {
    slug: "seogu",
    name: "광주서구지역자활센터",
    shortName: "서구",
    kind: "LOCAL",
    address: "광주광역시 서구 죽봉대로 38번길 25",
    phone: "062-367-3027",
    description: "자활근로사업단 ‘맛사랑’을 운영하고 소소드림 내친구김을 선보이는 지역자활센터입니다.",
  },
  {
    slug: "bukgu-ilteo",
    name: "광주북구일터지역자활센터",
    shortName: "북구일터",
    kind: "LOCAL",
    description: "자활기업 ‘행복가게’가 속한 지역자활센터입니다.",
  },
];

// ───────────── Sections ─────────────

export const sections: SeedSection[] = [
  {
    slug: "regional",
    name: "광역자활센터 소식",
    description: "광주광역자활센터의 사업과 행사, 지원 소식을 전합니다.",
  },
  {
    slug: "local",
    name: "지역자활센터 소식",
    description: "광주 지역 지역자활센터들의 활동 소식을 전합니다.",
  },
];

// ───────────── Issue ─────────────

export const issue: SeedIssue = {
  key: "2023-12",
  title: "2023년 12월호",
  tagline: "지역사회와 함께 밝은 내일을 만들어가는 광주자활뉴스",
  // The last page of the printed issue, after the publisher's details.
  closing: "2023년에 함께로서 행복했습니다. 사랑하는 사람과 따뜻하고 행복한 연말 보내세요.",
  publishedAt: "2023-12-01T09:00:00+09:00",
  coverArticleSlug: "youth-savings-excellence-2023",
};

// ───────────── Articles ─────────────

export const articles: SeedArticle[] = [
  // ── 광역자활센터 소식 ──
  {
    slug: "youth-savings-excellence-2023",
    title: "“2023년 청년내일저축계좌 추가(특화)서비스 우수기관” 선정",
    summary:
      "광주광역자활센터 “희망사다리” 사업이 청년내일저축계좌 참여자 지역별 추가서비스 지원사업 “내일을 향한 청년 희망보태기”의 우수서비스로 선정되었습니다. 11월 28일 하나금융그룹 명동사옥 글로벌관 성과 공유회에서 그 성과를 공유하였습니다.",
    body: [
      "2023년 3월부터 한국자활복지개발원이 지원하였던 청년내일저축계좌 참여자 지역별 추가서비스 지원사업 “내일을 향한 청년 희망보태기” 사업에 광주광역자활센터 “희망사다리” 사업이 우수서비스로 선정되었습니다.",
      "“희망사다리” 서비스는 청년내일저축계좌 가입 청년의 재무관리 지원서비스로, 재무설계 워크숍을 실시한 후 자신의 꿈지도를 그리고 자신의 재무 목표를 설정한 후 ‘꿈꾸는 가계부’쓰기 소모임을 통해 자신의 꿈을 이뤄나가는 과정을 지원하는 프로그램입니다.",
      "이번 우수서비스는 총 4개 광역자활센터가 선정되었으며, 11월 28일 서울 하나금융그룹 명동사옥 글로벌관에서 성과 공유회를 통해 “희망사다리” 성과를 공유하였습니다.",
      // The box "2023년 청년내일저축계좌 특화서비스 성과 — 일시/장소/주최" of the printed page is the article's
      // event (below), which the page shows as its 행사 정보 box: not repeated in the text.
      "## 청년내일저축계좌 추가서비스 희망사다리",
      [
        "> 채무문제로 힘들어하는 청년, 돈을 모으고 싶은데, 방법을 몰랐던 청년 모두 모여라~~!!",
        ">",
        "> 「꿈꾸는 가계부」 광주청년지갑트레이닝센터",
      ].join("\n"),
    ].join("\n\n"),
    sectionSlug: "regional",
    tags: ["청년내일저축계좌", "희망사다리", "청년"],
    event: {
      startsAt: "2023-11-28T14:00:00+09:00",
      endsAt: "2023-11-28T17:00:00+09:00",
      place: "하나금융그룹 명동사옥 글로벌관",
      host: "한국자활복지개발원",
    },
    coverArt: "youth-savings",
    coverAlt: "저금통과 사다리를 그린 일러스트",
    position: 1,
  },
  {
    slug: "social-value-matching-day-2023",
    title: "광주사회적가치매칭데이 성과공유회 및 매칭데이",
    summary:
      "광주광역자활센터는 11월 23일 2023년 광주사회적가치 매칭데이 성과공유회 및 하반기 매칭데이를 진행하였으며, 광주광산지역자활센터와 광주북구희망지역자활센터가 의제를 신청하였습니다.",
    body: [
      "**지역의 가치지향적 사회적 의제발굴과 지역 사회 문제 해결의 상생협력을 위한 협업의 장**",
      "광주광역자활센터는 광주사회적가치 매칭데이 추진위원회로 11월 23일 2023년 광주사회적가치 매칭데이 성과공유회 및 하반기 매칭데이를 진행하였습니다. 이번 행사에는 한전KPS 외 9개 공공기관 및 기업이 지원기관으로 참석하였으며, 의제 신청기관은 19개로 광주광산지역자활센터, 광주북구희망지역자활센터 2개 지역자활센터가 신청하였습니다.",
      "광주광산지역자활센터의 경우 순환경제(자활) 일자리 인큐베이팅 및 제공을 목적으로 재활용 사업을 운영하고자 의제 작성을 하였으며, 광주북구희망지역자활센터는 저소득층 지역주민들의 안정적 일자리지원 사업을 목적으로 에코워싱 식기세척사업 내용으로 의제를 작성하였습니다. 퍼실리데이터와 함께 의제를 작성하고, 사업계획서 수정과 점검 통해 지원기관에 송부할 예정입니다. 광주광역자활센터는 2024년에 진행될 사회적가치 매칭데이에 의제 매칭이 이루어질 수 있도록 지속적인 관심과 지원을 하도록 하겠습니다.",
    ].join("\n\n"),
    sectionSlug: "regional",
    tags: ["사회적가치매칭데이", "의제발굴", "일자리"],
    event: { startsAt: "2023-11-23T00:00:00+09:00" },
    coverArt: "matching-day",
    coverAlt: "서로 연결된 사람들과 기관을 표현한 매칭데이 일러스트",
    position: 2,
  },
  {
    slug: "social-economy-flea-market",
    title: "사회적경제 플리마켓 진행",
    summary: "사회적경제 플리마켓을 진행하여 생산품을 판매하였습니다.",
    body: "사회적경제 플리마켓을 진행하여 생산품을 판매하였습니다.",
    sectionSlug: "regional",
    tags: ["사회적경제플리마켓", "수완세영리첼", "생산품판매"],
    coverArt: "flea-market",
    coverAlt: "천막 아래 생산품이 놓인 플리마켓 매대 일러스트",
    position: 3,
  },
  {
    slug: "haccp-mou",
    title: "광주광역자활센터-한국식품안전관리인증원 광주지부 업무협약",
    summary:
      "광주광역자활센터와 한국식품안전관리인증원 광주지부는 11월 8일 자활사업단 및 자활기업의 식품 안전관리 수준 향상을 위한 HACCP 기술·교육 지원 업무협약을 실시하였습니다.",
    body: "광주광역자활센터와 한국식품안전관리인증원 광주지부는 11월 8일 광주광역자활센터 회의실에서 자활사업단 및 자활기업의 식품 안전관리 수준 향상을 위한 HACCP 기술·교육 지원을 위한 업무협약을 실시하였습니다. 이번 협약을 통해 우리 광주지역 자활사업의 식품분야 사업의 발전과 활성화를 지원하겠습니다.",
    sectionSlug: "regional",
    tags: ["HACCP", "기술지원", "MOU"],
    event: {
      startsAt: "2023-11-08T00:00:00+09:00",
      place: "광주광역자활센터 회의실",
    },
    coverArt: "haccp-mou",
    coverAlt: "협약서와 악수하는 손을 그린 업무협약 일러스트",
    position: 4,
  },
  {
    slug: "case-management-report-2023",
    title: "“2023년 지역맞춤 자활사례관리 현장 지원사업 광주-전남 성과보고회” 성료",
    summary:
      "교육운영부는 11월 24일 빛고을시민문화관 다목적실에서 2023년 지역맞춤 자활사례관리 현장지원사업 광주-전남 사례관리 성과보고회를 진행하였습니다.",
    body: [
      "교육운영부에서는 2023년 지역맞춤 자활사례관리 현장지원사업을 마무리하며 광주-전남 사례관리 성과보고회를 11월 24일 빛고을시민문화관 다목적실에서 진행하였습니다.",
      "올해는 지역 현장 맞춤 자활사례관리 우수 프로그램으로 광주서구지역자활센터의 “식사를 합시다”, 광주광산지역자활센터의 “인사이드 청춘” 프로그램 성과를 공유하는 자리를 가졌으며, 명화를 통한 심리테라피라는 주제로 트리트 윤영미 대표의 강의를 듣는 시간을 가졌습니다.",
      "2022년에 이어 두 번째로 치러진 광주-전남 자활사례관리 성과보고회는 각 지역의 우수 자활사례관리 프로그램 정보를 공유하고, 담당자간 네트워크를 강화하였습니다.",
    ].join("\n\n"),
    sectionSlug: "regional",
    tags: ["사례관리", "성과보고회"],
    event: {
      startsAt: "2023-11-24T00:00:00+09:00",
      place: "빛고을시민문화관 다목적실",
    },
    coverArt: "case-management",
    coverAlt: "상담 기록과 함께 마주 앉은 사람들을 그린 사례관리 일러스트",
    position: 5,
  },
  {
    slug: "catering-network-9",
    title: "제9차 케이터링 네트워크",
    summary:
      "2023년 지역자활특화사업으로 진행한 케이터링 사업의 마지막 네트워크에서 한 해 동안의 지원 내용과 성과를 공유하고 2024년도 후속사업 지원 방안을 논의하였습니다.",
    body: "2023년 지역자활특화사업으로 진행하였던 케이터링 사업의 마지막 네트워크를 진행하였습니다. 올 한해 동안 지원되었던 내용 그리고 성과를 함께 공유하고 의견을 나누었습니다. 또한, 2024년도 후속사업 지원 방안에 대해 논의 하였습니다. 우리 센터에서는 케이터링 사업이 활성화 될 수 있도록 지속적으로 지원을 할 예정입니다.",
    sectionSlug: "regional",
    tags: ["지역자활특화사업", "사업논의"],
    coverArt: "catering",
    coverAlt: "음식이 차려진 케이터링 테이블 일러스트",
    position: 6,
  },
  {
    slug: "haengbok-gage-process",
    title: "자활기업 ‘행복가게’ 생산공정의 프로세스 명확화",
    summary:
      "광주북구일터지역자활센터 자활기업 ‘행복가게’는 맞춤형컨설팅을 통해 공정 프로세스 명확화부터 프로세스 별 업무 분장까지 완료하여 시장 경쟁력이 강화되었습니다.",
    body: "광주북구일터지역자활센터 자활기업 ‘행복가게’는 현재 기업의 특성에 맞는 생산공정 분업화를 위해 정선기 컨설팅사를 통해 맞춤형컨설팅 지원을 받았습니다. 컨설팅의 경우 총 5회, 10시간 이상 지원이 들어갔으며 공정 프로세스 명확화부터 프로세스 별 업무 분장까지 완료하였으며, 이에 제품 생산력 활성화와 잉여 생산력 활용 방안을 통해 시장 경쟁력이 강화되었습니다. 광주광역자활센터는 자활기업의 성장과 발전을 지원하겠습니다.",
    sectionSlug: "regional",
    centerSlug: "bukgu-ilteo",
    tags: ["자활기업", "컨설팅"],
    coverArt: "consulting",
    coverAlt: "공정도와 차트를 함께 살펴보는 컨설팅 일러스트",
    position: 7,
  },
  {
    slug: "matsarang-feasibility",
    title: "자활근로사업단 ‘맛사랑’ 자활기업 창업 타당성 검토",
    summary:
      "광주서구지역자활센터의 자활근로사업단 ‘맛사랑’은 현재 운영중인 샌드위치·음료 판매 등 사업 창업에 대한 타당성 분석 컨설팅을 진행하였습니다.",
    body: [
      "광주서구지역자활센터의 자활근로사업단 ‘맛사랑’은 현재 운영중인 샌드위치·음료 판매 등 사업 창업에 대한 타당성 분석 컨설팅을 진행하였습니다. 이지훈 컨설턴트와 환경진단, 수익성 분석, 사업 운영 전략 및 창업 준비 등의 내용으로 진행하였습니다. 컨설팅 최종 결과를 통해 자활기업으로 출범하기 위한 사업 운영 방향 설정하였습니다.",
      "추후 기업 조기 안정화를 위해 기업진단을 통한 비전 수립 및 목표설정, 업무분장 등 경영전략 수립 등의 경영관리 컨설팅과 법인전환을 위한 법무, 세무 등의 컨설팅을 지원하도록 하겠습니다.",
    ].join("\n\n"),
    sectionSlug: "regional",
    centerSlug: "seogu",
    tags: ["맛사랑", "자활기업", "컨설팅"],
    coverArt: "startup",
    coverAlt: "가게 문을 여는 모습을 그린 창업 일러스트",
    position: 8,
  },
  {
    slug: "vision-2030-education",
    title: "자활사업 비전2030 교육 진행",
    summary:
      "한국지역자활센터협회 광주지부와 함께 11월 17일 광주광역시도시재생공동체센터 교육실에서 자활종사자 교육을 진행하였습니다.",
    body: [
      "한국지역자활센터협회 광주지부와 함께 자활종사자 교육을 11월 17일에 광주광역시도시재생공동체센터 교육실에서 진행하였습니다.",
      "이번 교육은 한국지역자활센터협회 2030비전 실행위원장인 경기구리지역자활센터장 선용진의 강의로 진행되었으며, ‘사회통합과 빈곤예방의 지역사회 안전망 구현’이라는 비전으로 자활이 나아가야 할 방향과 참여자를 위한 10년 간의 미래상을 안내하여 현장에서 실천할 수 있도록 도움을 주었습니다.",
      "이번 교육에 참여한 교육생들은 ‘사업과 정책 등을 실무자와 함께 고민하는 시간이 되어 센터 발전을 위해 필요한 과정이었다.’는 평가를 하였습니다.",
    ].join("\n\n"),
    sectionSlug: "regional",
    tags: ["비전2030", "교육", "자활종사자"],
    event: {
      startsAt: "2023-11-17T00:00:00+09:00",
      place: "광주광역시도시재생공동체센터 교육실",
    },
    coverArt: "education",
    coverAlt: "강의를 듣는 교육생들을 그린 교육 일러스트",
    position: 9,
  },
  {
    slug: "sopung-gil-healing",
    title: "2023년 청년내일저축계좌 가입자 심리·정서 지원프로그램 “소풍길” 진행",
    summary:
      "청년내일저축계좌 가입자 심리·정서 지원프로그램 ‘소풍길’이 11월 8일 장성숲체원과 복합문화공간 오피먼트에서 진행되었습니다.",
    body: [
      "한국자활복지개발원 지원 ‘2023년 청년내일저축계좌 참여자 지역별 추가서비스 지원사업’ 일환으로 청년내일저축계좌 가입자 심리·정서 지원프로그램 ‘소풍길’이 11월 8일 장성숲체원과 복합문화공간 오피먼트에서 진행되었습니다.",
      "오전에는 장성숲체원에서 “데일리스트레칭in편백숲”, “나무 속 작은숲”, “숲오감체험”을 진행하였으며, 오후에는 복합문화공간 오피먼트를 방문하여 미술심리치유프로그램 “백드롭 페인팅” 프로그램을 진행하였습니다.",
      "이번 프로그램을 통해 숲체험을 통해 힐링되고, 심신 안정에 도움이 되었다는 의견이 많았으며, 담당자의 친절한 응대, 알찬 프로그램 기획, 편안한 분위기 조성을 위한 노력이 돋보였다는 의견이 많았습니다.",
    ].join("\n\n"),
    sectionSlug: "regional",
    tags: ["청년내일저축계좌", "심리정서지원", "청년"],
    event: {
      startsAt: "2023-11-08T00:00:00+09:00",
      place: "장성숲체원, 복합문화공간 오피먼트",
    },
    coverArt: "forest-healing",
    coverAlt: "편백숲 속을 걷는 청년들을 그린 숲 치유 일러스트",
    position: 10,
  },
  {
    slug: "asset-fund-startup-matsarang",
    title: "6차 자활기업창업자금지원사업 최종 선정",
    summary:
      "중앙자산기증펀드 6차 자활기업창업자금지원사업에 맛사랑(서구지역자활센터)이 최종 선정되었습니다. 지원금액은 100,000,000원입니다.",
    body: [
      "중앙자산기증펀드 6차 자활기업창업자금지원사업 최종 선정 결과입니다.",
      ["- 선정기관: 맛사랑(서구지역자활센터)", "- 지원금액: 100,000,000원"].join("\n"),
    ].join("\n\n"),
    sectionSlug: "regional",
    centerSlug: "seogu",
    tags: ["중앙자산기증펀드", "자활기업", "맛사랑"],
    coverArt: "asset-fund",
    coverAlt: "동전과 새싹을 그린 기금 지원 일러스트",
    position: 11,
  },
  {
    slug: "asset-fund-facility-monitoring",
    title: "자활센터 시설개선사업 현장모니터링",
    summary: "중앙자산기증펀드 자활센터 시설개선사업 현장모니터링의 추진 대상은 광산어등지역자활센터입니다.",
    body: ["중앙자산기증펀드 자활센터 시설개선사업 현장모니터링 소식입니다.", "- 추진 대상: 광산어등지역자활센터"].join(
      "\n\n",
    ),
    sectionSlug: "regional",
    centerSlug: "gwangsan-eodeung",
    tags: ["중앙자산기증펀드", "시설개선"],
    coverArt: "facility",
    coverAlt: "새로 단장한 센터 건물과 공구를 그린 시설개선 일러스트",
    position: 12,
  },

  // ── 지역자활센터 소식 ──
  {
    slug: "gwangsan-humanities-education",
    title: "참여주민 인문학 교육 실시",
    summary: "광주광산지역자활센터에서 참여주민을 대상으로 인문학 교육을 실시하였습니다.",
    body: "광주광산지역자활센터에서 참여주민을 대상으로 인문학 교육을 실시하였습니다.",
    sectionSlug: "local",
    centerSlug: "gwangsan",
    tags: ["참여주민", "인문학", "교육"],
    coverArt: "education",
    coverAlt: "책을 펼쳐 놓고 배우는 사람들을 그린 교육 일러스트",
    position: 1,
  },
  {
    slug: "gwangsan-eodeung-welfare-academy",
    title: "참여주민 복지아카데미 실시",
    summary: "광주광산어등지역자활센터에서 참여주민을 대상으로 복지아카데미를 실시하였습니다.",
    body: "광주광산어등지역자활센터에서 참여주민을 대상으로 복지아카데미를 실시하였습니다.",
    sectionSlug: "local",
    centerSlug: "gwangsan-eodeung",
    tags: ["참여주민", "복지아카데미", "교육"],
    coverArt: "education",
    coverAlt: "강의실에서 함께 배우는 참여주민들을 그린 교육 일러스트",
    position: 2,
  },
  {
    slug: "bukgu-dongsin-youth-challenge",
    title: "청년자립도전사업단 우수사례 선정",
    summary: "광주북구동신지역자활센터의 청년자립도전사업단이 우수사례로 선정되었습니다.",
    body: "광주북구동신지역자활센터의 청년자립도전사업단이 우수사례로 선정되었습니다.",
    sectionSlug: "local",
    centerSlug: "bukgu-dongsin",
    tags: ["청년자립도전사업단", "우수사례", "청년"],
    coverArt: "youth",
    coverAlt: "함께 도전하는 청년들을 그린 일러스트",
    position: 3,
  },
  {
    slug: "bukgu-dongsin-winter-bazaar",
    title: "따뜻한 겨울나기 바자회 개최",
    summary: "광주북구동신지역자활센터에서 따뜻한 겨울나기 바자회를 개최하였습니다.",
    body: "광주북구동신지역자활센터에서 따뜻한 겨울나기 바자회를 개최하였습니다.",
    sectionSlug: "local",
    centerSlug: "bukgu-dongsin",
    tags: ["바자회", "겨울나기"],
    coverArt: "community",
    coverAlt: "이웃들이 함께 모인 바자회 일러스트",
    position: 4,
  },
  {
    slug: "bukgu-huimang-donation",
    title: "사랑나눔 후원품 전달",
    summary: "광주북구희망지역자활센터에서 사랑나눔 후원품을 전달하였습니다.",
    body: "광주북구희망지역자활센터에서 사랑나눔 후원품을 전달하였습니다.",
    sectionSlug: "local",
    centerSlug: "bukgu-huimang",
    tags: ["사랑나눔", "후원품"],
    coverArt: "sharing",
    coverAlt: "선물 상자를 건네는 손을 그린 나눔 일러스트",
    position: 5,
  },
  {
    slug: "seogu-bitgreen-project",
    title: "빛그린기대해 프로젝트 선정",
    summary: "광주서구지역자활센터가 빛그린기대해 프로젝트에 선정되었습니다.",
    body: "광주서구지역자활센터가 빛그린기대해 프로젝트에 선정되었습니다.",
    sectionSlug: "local",
    centerSlug: "seogu",
    tags: ["빛그린기대해", "프로젝트"],
    coverArt: "community",
    coverAlt: "마을 사람들이 함께하는 지역공동체 일러스트",
    position: 6,
  },
];

// ───────────── Brand & products ─────────────

export const brand: SeedBrand = {
  slug: "sosodream",
  name: "소소드림",
  tagline: "작은 웃음, 큰 만족",
  description: "소소드림은 광주광역시 자활생산품 공동브랜드입니다. 작은 웃음, 큰 만족.",
};

const GIM_ORIGIN = "김: 국내산 (국내산 원초)";
const GIM_MANUFACTURER = "광주서구지역자활센터 (광주광역시 서구 죽봉대로 38번길 25, 062-367-3027)";
// The webzine does not give these 고시 items; they stay empty (shown as "등록 전", listed in 출시 전 점검)
// until the center supplies them. Nothing is made up.
const NOT_STATED = "";
// What the webzine does say: the center makes the 김 in 광주 (not imported), and its telephone.
const GIM_DISCLOSURE = { imported: "해당 없음 (광주서구지역자활센터에서 제조)", consumerPhone: "062-367-3027" };

const GIM_COPY = [
  "내가 제일 좋아하는 내친구김",
  "국내산 원초로 만든 맛좋은 김",
  "뜨끈한 밥에 김만 있어도 밥 한그릇 뚝딱이죠~ 내친구김은 고소하고 짭쪼름해서 다른 반찬 필요없어요!",
].join("\n\n");

export const products: SeedProduct[] = [
  {
    slug: "naechingu-gim-gift-set",
    name: "내친구김 선물세트",
    foodName: "내친구김 선물세트",
    ...GIM_DISCLOSURE,
    line: "내친구김",
    summary: "국내산 원초로 만든 맛좋은 김, 전장김 5봉+도시락김 4봉+자반김 4봉으로 구성된 선물세트입니다.",
    description: [GIM_COPY, "- 구성: 전장김 5봉+도시락김 4봉+자반김 4봉"].join("\n\n"),
    centerSlug: "seogu",
    art: "gim-gift-set",
    variants: [{ name: "선물세트", units: 1, price: 20000, stock: 100 }],
    ingredients: NOT_STATED,
    origin: GIM_ORIGIN,
    contents: "선물세트 1세트 (전장김 5봉+도시락김 4봉+자반김 4봉 구성)",
    shelfLife: NOT_STATED,
    storage: NOT_STATED,
    manufacturer: GIM_MANUFACTURER,
    relatedArticleSlugs: [],
  },
  {
    slug: "naechingu-gim-jaban",
    name: "내친구김 김자반",
    foodName: "내친구김 김자반",
    ...GIM_DISCLOSURE,
    line: "내친구김",
    summary: "국내산 원초로 만든 맛좋은 내친구김 김자반입니다. 1봉 3,000원, 2봉 5,000원.",
    description: [GIM_COPY, "- 1봉 3,000원\n- 2봉 5,000원"].join("\n\n"),
    centerSlug: "seogu",
    art: "gim-jaban",
    variants: [
      { name: "1봉", units: 1, price: 3000, stock: 100 },
      { name: "2봉", units: 2, price: 5000, stock: 100 },
    ],
    ingredients: NOT_STATED,
    origin: GIM_ORIGIN,
    contents: "김자반 1봉 / 2봉",
    shelfLife: NOT_STATED,
    storage: NOT_STATED,
    manufacturer: GIM_MANUFACTURER,
    relatedArticleSlugs: [],
  },
  {
    slug: "naechingu-gim-jeonjang",
    name: "내친구김 전장김",
    foodName: "내친구김 전장김",
    ...GIM_DISCLOSURE,
    line: "내친구김",
    summary: "국내산 원초로 만든 맛좋은 내친구김 전장김입니다. 1봉 2,000원, 3봉 5,000원.",
    description: [GIM_COPY, "- 1봉 2,000원\n- 3봉 5,000원"].join("\n\n"),
    centerSlug: "seogu",
    art: "gim-jeonjang",
    variants: [
      { name: "1봉", units: 1, price: 2000, stock: 100 },
      { name: "3봉", units: 3, price: 5000, stock: 100 },
    ],
    ingredients: NOT_STATED,
    origin: GIM_ORIGIN,
    contents: "전장김 1봉 / 3봉",
    shelfLife: NOT_STATED,
    storage: NOT_STATED,
    manufacturer: GIM_MANUFACTURER,
    relatedArticleSlugs: [],
  },
  {
    slug: "naechingu-gim-dosirak",
    name: "내친구김 도시락김",
    foodName: "내친구김 도시락김",
    ...GIM_DISCLOSURE,
    line: "내친구김",
    summary: "국내산 원초로 만든 맛좋은 내친구김 도시락김입니다. 16봉 5,500원.",
    description: [GIM_COPY, "- 16봉 5,500원"].join("\n\n"),
    centerSlug: "seogu",
    art: "gim-dosirak",
    variants: [{ name: "16봉", units: 16, price: 5500, stock: 100 }],
    ingredients: NOT_STATED,
    origin: GIM_ORIGIN,
    contents: "도시락김 16봉",
    shelfLife: NOT_STATED,
    storage: NOT_STATED,
    manufacturer: GIM_MANUFACTURER,
    relatedArticleSlugs: [],
  },
];

// ───────────── Footer ─────────────

export const footer: {
  organization: string;
  representative: string;
  phone: string;
  address: string;
  email: string;
  parent: string;
} = {
  organization: "광주광역자활센터",
  representative: "박기문",
  phone: "062-361-9114",
  address: "광주광역시 서구 화정로 149, 3층",
  email: "gjjahwal@kdissw.or.kr",
  parent: "한국자활복지개발원",
};
