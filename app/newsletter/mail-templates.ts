// Newsletter mails (웹진 구독): the confirmation request and the 월호 mail, as plain text and simple HTML with
// inline styles (mail clients ignore style sheets). Pure: the caller passes the content and the links.
import { escapeHtml } from "~/search/query";
import { SITE } from "~/site";

export type MailParts = { subject: string; text: string; html: string };

export type IssueMailContent = {
  issueTitle: string; // 2023년 12월호
  tagline: string;
  issueUrl: string;
  cover: { title: string; summary: string; url: string; imageUrl: string | null; imageAlt: string } | null;
  sections: { name: string; articles: { title: string; url: string; centerName: string | null }[] }[];
};

const BRAND = "#0f5257";
const FONT = "'Apple SD Gothic Neo','Malgun Gothic','Nanum Gothic',sans-serif";

function layout(title: string, body: string, footer: string) {
  return `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:0;background:#f6f3ee;font-family:${FONT};color:#1f2a2b;word-break:keep-all;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f6f3ee;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background:#ffffff;border-radius:12px;">
<tr><td style="padding:20px 24px;border-bottom:3px solid #f28c28;">
<p style="margin:0;font-size:12px;color:#2b6f73;">${escapeHtml(SITE.publisher)} 웹진</p>
<p style="margin:2px 0 0;font-size:24px;font-weight:800;color:${BRAND};">${escapeHtml(SITE.name)}</p>
</td></tr>
<tr><td style="padding:24px;">${body}</td></tr>
<tr><td style="padding:16px 24px;background:#f0ece4;border-radius:0 0 12px 12px;font-size:12px;line-height:1.6;color:#4a5556;">${footer}</td></tr>
</table></td></tr></table></body></html>`;
}

const button = (href: string, label: string) =>
  `<a href="${escapeHtml(href)}" style="display:inline-block;padding:12px 20px;background:${BRAND};color:#ffffff;border-radius:8px;font-weight:700;text-decoration:none;">${escapeHtml(label)}</a>`;

export function composeConfirmationMail(confirmUrl: string): MailParts {
  const subject = `[${SITE.name}] 웹진 구독을 확인해 주세요`;
  const text = [
    `${SITE.name} 웹진 구독을 신청해 주셔서 고맙습니다.`,
    "",
    "아래 주소를 열어 구독을 확인해 주세요. 확인하신 뒤부터 새 월호가 발행될 때 메일을 보내 드립니다.",
    confirmUrl,
    "",
    "직접 신청하지 않으셨다면 이 메일을 무시해 주세요. 확인하지 않으면 메일을 보내지 않습니다.",
    "",
    `${SITE.publisher}`,
  ].join("\n");
  const html = layout(
    subject,
    `<h1 style="margin:0 0 12px;font-size:20px;color:${BRAND};">구독을 확인해 주세요</h1>
<p style="margin:0 0 20px;font-size:15px;line-height:1.7;">${escapeHtml(SITE.name)} 웹진 구독을 신청해 주셔서 고맙습니다. 아래 단추를 눌러 구독을 확인하시면 새 월호가 발행될 때 메일을 보내 드립니다.</p>
<p style="margin:0 0 20px;">${button(confirmUrl, "구독 확인하기")}</p>`,
    "직접 신청하지 않으셨다면 이 메일을 무시해 주세요. 확인하지 않으면 메일을 보내지 않습니다.",
  );
  return { subject, text, html };
}

export function composeIssueMail(content: IssueMailContent, unsubscribeUrl: string): MailParts {
  const subject = `[${SITE.name}] ${content.issueTitle}${content.cover ? ` · ${content.cover.title}` : ""}`;
  const toc = content.sections.filter((s) => s.articles.length > 0);
  const text = [
    `${SITE.name} ${content.issueTitle}`,
    content.tagline,
    "",
    ...(content.cover ? ["■ 커버스토리", content.cover.title, content.cover.summary, content.cover.url, ""] : []),
    "■ 이번 호 차례",
    ...toc.flatMap((s) => [
      `[${s.name}]`,
      ...s.articles.map((a) => `- ${a.title}${a.centerName ? ` (${a.centerName})` : ""}\n  ${a.url}`),
    ]),
    "",
    `웹진 전체 보기: ${content.issueUrl}`,
    "",
    `구독 해지: ${unsubscribeUrl}`,
  ]
    .filter((line) => line !== undefined)
    .join("\n");

  const cover = content.cover
    ? `<p style="margin:0 0 6px;font-size:12px;font-weight:700;color:#b45309;">커버스토리</p>
${content.cover.imageUrl ? `<a href="${escapeHtml(content.cover.url)}"><img src="${escapeHtml(content.cover.imageUrl)}" alt="${escapeHtml(content.cover.imageAlt)}" width="552" style="display:block;width:100%;max-width:552px;height:auto;border-radius:8px;margin:0 0 12px;"></a>` : ""}
<h2 style="margin:0 0 8px;font-size:20px;line-height:1.4;"><a href="${escapeHtml(content.cover.url)}" style="color:#1f2a2b;text-decoration:none;">${escapeHtml(content.cover.title)}</a></h2>
<p style="margin:0 0 16px;font-size:15px;line-height:1.7;color:#4a5556;">${escapeHtml(content.cover.summary)}</p>
<p style="margin:0 0 28px;">${button(content.cover.url, "커버스토리 읽기")}</p>`
    : "";
  const sections = toc
    .map(
      (
        s,
      ) => `<h3 style="margin:20px 0 8px;font-size:14px;color:${BRAND};border-bottom:1px solid #e4ded3;padding-bottom:4px;">${escapeHtml(s.name)}</h3>
<ul style="margin:0;padding:0 0 0 18px;font-size:15px;line-height:1.6;">${s.articles
        .map(
          (a) =>
            `<li style="margin:0 0 6px;"><a href="${escapeHtml(a.url)}" style="color:#1f2a2b;">${escapeHtml(a.title)}</a>${a.centerName ? ` <span style="font-size:12px;color:#4a5556;">${escapeHtml(a.centerName)}</span>` : ""}</li>`,
        )
        .join("")}</ul>`,
    )
    .join("\n");
  const html = layout(
    subject,
    `<h1 style="margin:0 0 4px;font-size:22px;color:${BRAND};">${escapeHtml(content.issueTitle)}</h1>
<p style="margin:0 0 24px;font-size:14px;color:#4a5556;">${escapeHtml(content.tagline)}</p>
${cover}
<h2 style="margin:0;font-size:17px;">이번 호 차례</h2>
${sections}
<p style="margin:28px 0 0;">${button(content.issueUrl, "웹진 전체 보기")}</p>`,
    `이 메일은 ${escapeHtml(SITE.name)} 웹진 구독을 신청하고 확인하신 분께 보내 드립니다.<br>
더 받지 않으시려면 <a href="${escapeHtml(unsubscribeUrl)}" style="color:#0f5257;">구독 해지</a>를 눌러 주세요. 단추 한 번으로 해지됩니다.`,
  );
  return { subject, text, html };
}
