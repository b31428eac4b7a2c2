/** Where a center's story will appear: fixed by the session, shown instead of the editor's selects. */
export function CenterPlacement({ sectionName, centerName }: { sectionName: string; centerName: string }) {
  return (
    <dl className="grid grid-cols-[4rem_1fr] gap-y-2 rounded-lg bg-cream p-3 text-[15px]">
      <dt className="font-bold text-teal-950">섹션</dt>
      <dd>{sectionName}</dd>
      <dt className="font-bold text-teal-950">센터</dt>
      <dd>{centerName}</dd>
      <dd className="col-span-2 text-xs text-ink-soft">월호와 발행 시각은 광역자활센터 편집자가 정합니다.</dd>
    </dl>
  );
}
