import { describe, expect, it } from "vitest";
import { parseHashtags, formatHashtags } from "~/cms/hashtags";
import { parseKstInput, toKstInput } from "~/cms/kst-input";
import { numberedSlug, romanize, slugify, SLUG_PATTERN } from "~/cms/slug";

describe("slugs from Korean titles", () => {
  it.each([
    ["서구 김장 나눔", "seogu-gimjang-nanum"],
    ["광산 참여주민 인문학 교육", "gwangsan-chamyeojumin-inmunhak-gyoyuk"],
    ["맛사랑 자활기업", "matsarang-jahwalgieop"],
    ["“2023년 청년내일저축계좌” 우수기관 선정!", "2023-cheongnyeonnaeiljeochukgyejwa-usugigwan-seonjeong"],
    ["2024년 1월 HACCP MOU 체결", "2024-1-haccp-mou-chegyeol"],
    ["!!!", "article"],
  ])("%s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it("links a final consonant into a silent ㅇ and writes ㄹㄹ as ll, as the Revised Romanization does", () => {
    expect(romanize("음악")).toBe("eumak");
    expect(romanize("설립")).toBe("seollip");
    expect(romanize("희망")).toBe("huimang");
  });

  it("stays within 60 characters, cut between words, and numbers repeats", () => {
    const long = slugify("광주광역자활센터 지역자활센터 참여주민 복지아카데미 인문학 교육 성과 공유회 개최 안내");
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith("-")).toBe(false);
    expect(numberedSlug("seogu-gimjang", 1)).toBe("seogu-gimjang");
    expect(numberedSlug("seogu-gimjang", 3)).toBe("seogu-gimjang-3");
  });
});

describe("hashtags", () => {
  it("reads #, spaces and commas, drops duplicates and keeps the typed case", () => {
    expect(parseHashtags("#김장 #나눔, 김장 HACCP,#청년_일자리")).toEqual({
      tags: ["김장", "나눔", "HACCP", "청년_일자리"],
    });
    expect(formatHashtags(["김장", "나눔"])).toBe("#김장 #나눔");
    expect(parseHashtags("")).toEqual({ tags: [] });
  });

  it("explains what it refuses, in Korean", () => {
    expect(parseHashtags("#좋아요 #<script>").error).toContain("글자, 숫자, 밑줄(_)만");
    expect(parseHashtags(Array.from({ length: 11 }, (_, i) => `#태그${i}`).join(" ")).error).toBe(
      "해시태그는 10개까지 달 수 있습니다.",
    );
  });
});

describe("datetime-local in KST", () => {
  it("reads the typed time as Korean time, whatever the server's zone", () => {
    expect(parseKstInput("2024-01-10T10:00")?.toISOString()).toBe("2024-01-10T01:00:00.000Z");
    expect(parseKstInput("2024-01-01T00:30")?.toISOString()).toBe("2023-12-31T15:30:00.000Z");
    expect(toKstInput(new Date("2023-12-31T15:30:00Z"))).toBe("2024-01-01T00:30");
  });

  it("refuses dates that don't exist", () => {
    expect(parseKstInput("2024-02-30T10:00")).toBeNull();
    expect(parseKstInput("2024-01-10 10:00")).toBeNull();
    expect(parseKstInput("2024-01-10T24:00")).toBeNull();
  });
});
