// What the center staff editor needs besides the article: where its stories go, and hashtag suggestions.
import { prisma } from "~/utils/db.server";
import { LOCAL_SECTION_SLUG } from "./article-actions.server";
import type { EditorOptions } from "./article-editor";
import { popularTags } from "./articles.server";

export async function centerEditorContext(centerId: number) {
  const [center, section, tags] = await Promise.all([
    prisma.center.findUniqueOrThrow({ where: { id: centerId }, select: { name: true } }),
    prisma.section.findUnique({ where: { slug: LOCAL_SECTION_SLUG }, select: { name: true } }),
    popularTags(),
  ]);
  const options: EditorOptions = { sections: [], issues: [], centers: [], tags };
  return { centerName: center.name, sectionName: section?.name ?? "지역자활센터 소식", options };
}

export const CENTER_DONE: Record<string, string> = {
  save: "임시저장했습니다. 다 쓰면 ‘검토 요청’을 눌러 주세요.",
  submit: "검토를 요청했습니다. 광역자활센터 편집자가 확인한 뒤 발행합니다.",
};
