import { describe, expect, it } from "vitest";
import {
  formatDate,
  formatDateTime,
  formatEventRange,
  formatPhone,
  formatTime,
  formatWon,
  toKstIso,
  toRfc822Kst,
} from "~/utils/format";

describe("formatWon", () => {
  it.each([
    [20000, "20,000원"],
    [3000, "3,000원"],
    [5500, "5,500원"],
    [0, "0원"],
    [100000000, "100,000,000원"],
    [-3000, "-3,000원"],
  ])("%i → %s", (amount, expected) => {
    expect(formatWon(amount)).toBe(expected);
  });

  it("refuses fractional or non-finite amounts instead of rounding them", () => {
    expect(() => formatWon(20000.5)).toThrow(TypeError);
    expect(() => formatWon(Number.NaN)).toThrow(TypeError);
    expect(() => formatWon(Number.POSITIVE_INFINITY)).toThrow(TypeError);
  });
});

describe("dates in Asia/Seoul", () => {
  it("runs these tests in a time zone far from Seoul", () => {
    expect(process.env.TZ).toBe("America/Los_Angeles");
    expect(new Date("2023-11-28T05:00:00Z").getHours()).not.toBe(14);
  });

  it("formats the webzine's event date the way it is printed", () => {
    const start = new Date("2023-11-28T14:00:00+09:00");
    expect(formatDate(start)).toBe("2023. 11. 28.(화)");
    expect(formatTime(start)).toBe("14:00");
    expect(formatDateTime(start)).toBe("2023. 11. 28.(화) 14:00");
  });

  it("uses the Korean day when the instant is still the previous day in UTC", () => {
    // 2023-12-01 00:30 KST is 2023-11-30 15:30 UTC.
    const instant = new Date("2023-11-30T15:30:00Z");
    expect(formatDate(instant)).toBe("2023. 12. 1.(금)");
    expect(formatTime(instant)).toBe("00:30");
  });

  it("uses a 24-hour clock", () => {
    expect(formatTime(new Date("2023-11-28T23:05:00+09:00"))).toBe("23:05");
    expect(formatTime(new Date("2023-11-28T00:00:00+09:00"))).toBe("00:00");
  });

  it("accepts ISO strings and timestamps as well as Dates", () => {
    expect(formatDate("2024-01-05T09:00:00+09:00")).toBe("2024. 1. 5.(금)");
    expect(formatDate(Date.UTC(2024, 1, 29, 15))).toBe("2024. 3. 1.(금)");
  });

  it("rejects invalid dates", () => {
    expect(() => formatDate("not a date")).toThrow(RangeError);
  });

  it("writes event ranges like the webzine", () => {
    expect(formatEventRange(new Date("2023-11-28T14:00:00+09:00"), new Date("2023-11-28T17:00:00+09:00"))).toBe(
      "2023. 11. 28.(화) 14:00~17:00",
    );
    // Midnight with no end: the time was not announced, so only the day is shown.
    expect(formatEventRange(new Date("2023-11-23T00:00:00+09:00"))).toBe("2023. 11. 23.(목)");
    expect(formatEventRange(new Date("2023-11-23T10:30:00+09:00"), null)).toBe("2023. 11. 23.(목) 10:30");
    expect(formatEventRange(new Date("2023-11-28T14:00:00+09:00"), new Date("2023-11-29T12:00:00+09:00"))).toBe(
      "2023. 11. 28.(화) 14:00 ~ 2023. 11. 29.(수) 12:00",
    );
  });

  it("gives ISO 8601 with +09:00 and RFC 822 with +0900", () => {
    const instant = new Date("2023-12-01T00:00:00Z");
    expect(toKstIso(instant)).toBe("2023-12-01T09:00:00+09:00");
    expect(toRfc822Kst(instant)).toBe("Fri, 01 Dec 2023 09:00:00 +0900");
    expect(toRfc822Kst(new Date("2023-11-30T15:30:00Z"))).toBe("Fri, 01 Dec 2023 00:30:00 +0900");
  });
});

describe("formatPhone", () => {
  it("groups phone digits", () => {
    expect(formatPhone("01012345678")).toBe("010-1234-5678");
    expect(formatPhone("0623619114")).toBe("062-361-9114");
    expect(formatPhone("0212345678")).toBe("02-1234-5678");
    expect(formatPhone("12345")).toBe("12345");
  });
});

describe("formatItemName", () => {
  it("joins product and pack, without repeating a pack named like its product", async () => {
    const { formatItemName } = await import("~/utils/format");
    expect(formatItemName("내친구김 김자반", "2봉")).toBe("내친구김 김자반 2봉");
    expect(formatItemName("내친구김 선물세트", "선물세트")).toBe("내친구김 선물세트");
  });
});
