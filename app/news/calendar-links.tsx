/** "캘린더에 추가": an .ics file any calendar opens, and Google Calendar's own form. No JavaScript needed. */
export function CalendarLinks({
  calendar,
  title,
}: {
  calendar: { icsPath: string; googleUrl: string };
  title: string;
}) {
  return (
    <div className="mt-3 flex flex-wrap gap-2 print:hidden">
      <a
        href={calendar.icsPath}
        className="btn btn-ghost"
        download
        aria-label={`${title} 일정을 캘린더에 추가 (.ics 파일)`}
      >
        캘린더에 추가
      </a>
      <a
        href={calendar.googleUrl}
        className="btn btn-ghost"
        target="_blank"
        rel="noopener noreferrer"
        aria-label={`${title} 일정을 Google 캘린더에 추가 (새 창)`}
      >
        Google 캘린더
      </a>
    </div>
  );
}
