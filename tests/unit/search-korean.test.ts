import { describe, expect, it } from "vitest";
import {
  choseongOf,
  didYouMeanText,
  hashtagName,
  isChoseongQuery,
  jamoDistance,
  matchesChoseong,
  nearestWord,
  particleAfter,
  particleStems,
  typoAllowance,
  vocabularyWords,
} from "~/search/korean";
import { snippetSource } from "~/search/query";

describe("particleStems", () => {
  it.each([
    ["자활센터를", ["자활센터"]],
    ["자활센터에서", ["자활센터"]],
    ["맛사랑이", ["맛사랑"]],
    ["청년과", ["청년"]],
    ["교육으로", ["교육", "교육으"]],
    ["광산의", ["광산"]],
    ["바자회도", ["바자회"]],
    ["사업단만", ["사업단"]],
  ])("strips the particle of %s", (word, stems) => {
    expect(particleStems(word)[0]).toBe(stems[0]);
    for (const stem of stems) expect(particleStems(word)).toContain(stem);
  });

  it("lists longer particles first (자활센터에서는 → 자활센터 before 자활센터에서)", () => {
    const stems = particleStems("자활센터에서는");
    expect(stems[0]).toBe("자활센터");
    expect(stems).toContain("자활센터에서");
  });

  it("never cuts a word to one syllable, and leaves non-Hangul words alone", () => {
    expect(particleStems("나이")).toEqual([]);
    expect(particleStems("도로")).toEqual([]);
    expect(particleStems("MOU")).toEqual([]);
    expect(particleStems("HACCP를")).toEqual([]);
  });
});

describe("hashtags and 초성", () => {
  it("reads #name and ＃name as hashtags", () => {
    expect(hashtagName("#HACCP")).toBe("HACCP");
    expect(hashtagName("＃수완세영리첼")).toBe("수완세영리첼");
    expect(hashtagName("HACCP")).toBeNull();
    expect(hashtagName("#")).toBeNull();
  });

  it("recognises 초성 queries and matches them against words", () => {
    expect(isChoseongQuery("ㅊㄴ")).toBe(true);
    expect(isChoseongQuery("ㅊ년")).toBe(false);
    expect(isChoseongQuery("ㅏ")).toBe(false);
    expect(choseongOf("청년내일저축계좌")).toBe("ㅊㄴㄴㅇㅈㅊㄱㅈ");
    expect(choseongOf("#청년 2030")).toBe("ㅊㄴ");
    expect(matchesChoseong("청년자립도전사업단", "ㅊㄴ")).toBe("prefix");
    expect(matchesChoseong("북구청년", "ㅊㄴ")).toBe("contains");
    expect(matchesChoseong("바자회", "ㅊㄴ")).toBeNull();
  });
});

describe("jamo edit distance and the nearest word", () => {
  it("counts jamo, not syllables", () => {
    expect(jamoDistance("청년내일저축게좌", "청년내일저축계좌")).toBe(1);
    expect(jamoDistance("맛사랑", "맛사랑")).toBe(0);
    expect(jamoDistance("자활", "자할")).toBe(1);
    expect(jamoDistance("HACCP", "haccp")).toBe(0);
    expect(jamoDistance("청년", "")).toBe(6); // ㅊㅓㅇㄴㅕㄴ
  });

  it("allows about one typo in four jamo", () => {
    expect(typoAllowance("청년")).toBe(1);
    expect(typoAllowance("청년내일저축계좌")).toBe(4);
  });

  it("suggests the nearest known word, preferring the more frequent one", () => {
    const vocabulary = new Map([
      ["청년내일저축계좌", 3],
      ["청년", 5],
      ["바자회", 1],
      ["바지회", 4],
    ]);
    expect(nearestWord("청년내일저축게좌", vocabulary)).toBe("청년내일저축계좌");
    expect(nearestWord("청년", vocabulary)).toBeNull(); // known words need no suggestion
    expect(nearestWord("바저회", vocabulary)).toBe("바지회");
    expect(nearestWord("전혀다른낱말", vocabulary)).toBeNull();
  });
});

describe("text helpers", () => {
  it("collects title words with and without particles", () => {
    expect(vocabularyWords("‘맛사랑’이 창업 컨설팅을 받았습니다")).toEqual(
      expect.arrayContaining(["맛사랑", "창업", "컨설팅을", "컨설팅"]),
    );
  });

  it("picks 을/를 and 으로/로 by the last syllable", () => {
    expect(didYouMeanText("청년내일저축계좌")).toBe("혹시 ‘청년내일저축계좌’를 찾으셨나요?");
    expect(didYouMeanText("청년")).toBe("혹시 ‘청년’을 찾으셨나요?");
    expect(particleAfter("자활센터", "으로/로")).toBe("로");
    expect(particleAfter("청년", "으로/로")).toBe("으로");
  });

  it("does not repeat a summary the body already starts with", () => {
    const sentence = "광주북구동신지역자활센터에서 따뜻한 겨울나기 바자회를 개최하였습니다.";
    expect(snippetSource(sentence, sentence)).toBe(sentence);
    expect(snippetSource("요약", "본문")).toBe("요약 본문");
    expect(snippetSource("", "본문")).toBe("본문");
  });
});
