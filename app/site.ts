/** Names used across the site. The regional center's contact details live in the database. */
export const SITE = {
  name: "광주자활뉴스",
  publisher: "광주광역자활센터",
  parent: "한국자활복지개발원",
  tagline: "지역사회와 함께 밝은 내일을 만들어가는 광주자활뉴스",
  description:
    "광주광역자활센터 웹진 광주자활뉴스: 광역자활센터와 지역자활센터 소식, 자활사업 이야기, 자활생산품 공동브랜드 소소드림.",
  locale: "ko_KR",
} as const;
