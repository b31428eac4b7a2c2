import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getArticle, getIssue, listCenters } from "~/news/news.server";
import { prisma } from "~/utils/db.server";
import { ROOT } from "../support/paths";

const source = fs.readFileSync(path.join(ROOT, "prisma/seed/source-2023-12.txt"), "utf8");
const squash = (s: string) => s.replace(/[\s“”"‘’']/g, "");

// Headlines exactly as the webzine prints them (quotes and spacing aside).
const WEBZINE_HEADLINES = [
  "2023년 청년내일저축계좌 추가(특화)서비스 우수기관",
  "광주사회적가치매칭데이 성과공유회 및 매칭데이",
  "사회적경제 플리마켓 진행",
  "광주광역자활센터-한국식품안전관리인증원 광주지부 업무협약",
  "2023년 지역맞춤 자활사례관리 현장 지원사업 광주-전남 성과보고회",
  "제9차 케이터링 네트워크",
  "자활기업 ‘행복가게’ 생산공정의 프로세스 명확화",
  "자활근로사업단 ‘맛사랑’ 자활기업 창업 타당성 검토",
  "자활사업 비전2030 교육 진행",
  "청년내일저축계좌 가입자 심리·정서 지원프로그램",
  "자활기업창업자금지원사업 최종 선정",
  "시설개선사업",
  "참여주민 인문학 교육 실시",
  "참여주민 복지아카데미 실시",
  "청년자립도전사업단 우수사례 선정",
  "따뜻한 겨울나기 바자회 개최",
  "사랑나눔 후원품 전달",
  "빛그린기대해 프로젝트 선정",
];

describe("the seeded 2023년 12월호", () => {
  it("has every article of the webzine in its table of contents", async () => {
    const issue = await getIssue("2023-12");
    expect(issue?.title).toBe("2023년 12월호");
    const titles = issue!.sections.flatMap((s) => s.articles.map((a) => squash(a.title)));
    expect(titles).toHaveLength(WEBZINE_HEADLINES.length);
    for (const headline of WEBZINE_HEADLINES) {
      expect(
        titles.some((t) => t.includes(squash(headline))),
        headline,
      ).toBe(true);
    }
    expect(issue!.sections.map((s) => s.name)).toEqual(["광역자활센터 소식", "지역자활센터 소식"]);
    expect(issue!.cover?.title).toContain("청년내일저축계좌");
  });

  it("keeps the webzine's sentences", async () => {
    const article = await getArticle("haccp-mou");
    expect(article?.tags).toEqual(expect.arrayContaining(["HACCP", "기술지원", "MOU"]));
    const sentence = "이번 협약을 통해 우리 광주지역 자활사업의 식품분야 사업의 발전과 활성화를 지원하겠습니다.";
    expect(source).toContain(sentence);
    expect(article?.body).toContain(sentence);
  });

  it("carries the cover story's event information in KST", async () => {
    const article = await getArticle("youth-savings-excellence-2023");
    expect(article?.eventStartsAt?.toISOString()).toBe("2023-11-28T05:00:00.000Z");
    expect(article?.eventEndsAt?.toISOString()).toBe("2023-11-28T08:00:00.000Z");
    expect(article?.eventPlace).toBe("하나금융그룹 명동사옥 글로벌관");
    expect(article?.eventHost).toBe("한국자활복지개발원");
  });

  it("files each 지역자활센터 소식 item under its center", async () => {
    const issue = await getIssue("2023-12");
    const local = issue!.sections.find((s) => s.slug === "local")!;
    expect(local.articles.map((a) => a.center?.shortName)).toEqual([
      "광산",
      "광산어등",
      "북구동신",
      "북구동신",
      "북구희망",
      "서구",
    ]);
  });

  it("has the centers, the regional center's footer details and the 내친구김 catalog", async () => {
    const centers = await listCenters();
    expect(centers.map((c) => c.name)).toEqual(
      expect.arrayContaining([
        "광주광역자활센터",
        "광주광산지역자활센터",
        "광주광산어등지역자활센터",
        "광주북구동신지역자활센터",
        "광주북구희망지역자활센터",
        "광주서구지역자활센터",
        "광주북구일터지역자활센터",
      ]),
    );
    const regional = await prisma.center.findFirst({ where: { kind: "REGIONAL" } });
    expect(regional).toMatchObject({
      representative: "박기문",
      phone: "062-361-9114",
      address: "광주광역시 서구 화정로 149, 3층",
      email: "gjjahwal@kdissw.or.kr",
    });
    const seogu = await prisma.center.findUnique({ where: { slug: "seogu" } });
    expect(seogu).toMatchObject({ address: "광주광역시 서구 죽봉대로 38번길 25", phone: "062-367-3027" });

    const variants = await prisma.productVariant.findMany({
      include: { product: true },
      orderBy: [{ productId: "asc" }, { position: "asc" }],
    });
    const prices = variants.map((v) => `${v.product.name} ${v.name} ${v.price}`);
    expect(prices).toEqual([
      "내친구김 선물세트 선물세트 20000",
      "내친구김 김자반 1봉 3000",
      "내친구김 김자반 2봉 5000",
      "내친구김 전장김 1봉 2000",
      "내친구김 전장김 3봉 5000",
      "내친구김 도시락김 16봉 5500",
    ]);
    const giftSet = variants[0]!.product;
    expect(`${giftSet.summary} ${giftSet.contents}`).toContain("전장김 5봉");
    expect(`${giftSet.summary} ${giftSet.contents}`).toMatch(/도시락김 4봉.*자반김 4봉|자반김 4봉.*도시락김 4봉/);
    const brand = await prisma.brand.findUnique({ where: { slug: "sosodream" } });
    expect(brand).toMatchObject({ name: "소소드림", tagline: "작은 웃음, 큰 만족" });
  });
});
