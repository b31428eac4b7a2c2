import { useState } from "react";
import { useHydrated } from "~/utils/use-hydrated";

type Share = { url: string; title: string; summary: string; image: string; kakaoKey: string | null };
type KakaoSdk = {
  isInitialized(): boolean;
  init(key: string): void;
  Share: { sendDefault(message: object): void };
};

// Kakao's own SDK (loaded on first use only). Our nonce'd bundle adds it, which the CSP's 'strict-dynamic' allows.
const KAKAO_SDK = "https://t1.kakaocdn.net/kakao_js_sdk/2.7.4/kakao.min.js";

async function kakao(key: string): Promise<KakaoSdk> {
  const w = window as unknown as { Kakao?: KakaoSdk };
  if (!w.Kakao) {
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement("script");
      script.src = KAKAO_SDK;
      script.crossOrigin = "anonymous";
      script.onload = () => resolve();
      script.onerror = () => reject(new Error("Kakao SDK"));
      document.head.append(script);
    });
  }
  if (!w.Kakao!.isInitialized()) w.Kakao!.init(key);
  return w.Kakao!;
}

/**
 * 카카오톡 공유 (only with a configured Kakao key), 링크 복사 and the phone's share sheet. They all need
 * JavaScript, so they appear once the page is interactive; without it the address bar does the job.
 */
export function ShareButtons({ share }: { share: Share }) {
  const hydrated = useHydrated();
  const [status, setStatus] = useState("");
  if (!hydrated) return null;
  // Read only once hydrated: the server (and so the first render) has no navigator.
  const shareSheet = typeof navigator.share === "function";

  async function copy() {
    try {
      await navigator.clipboard.writeText(share.url);
      setStatus("기사 주소를 복사했습니다.");
    } catch {
      setStatus(`복사하지 못했습니다. 주소를 직접 복사해 주세요: ${share.url}`);
    }
  }
  async function kakaoShare() {
    try {
      const sdk = await kakao(share.kakaoKey!);
      const link = { mobileWebUrl: share.url, webUrl: share.url };
      sdk.Share.sendDefault({
        objectType: "feed",
        content: { title: share.title, description: share.summary, imageUrl: share.image, link },
        buttons: [{ title: "기사 읽기", link }],
      });
    } catch {
      setStatus("카카오톡 공유를 열지 못했습니다. 링크 복사를 이용해 주세요.");
    }
  }
  return (
    <section aria-labelledby="share-title" className="mt-8 border-t border-line pt-5 print:hidden">
      <h2 id="share-title" className="text-sm font-bold text-teal-950">
        이 기사 공유하기
      </h2>
      <div className="mt-2 flex flex-wrap gap-2">
        {share.kakaoKey ? (
          <button type="button" className="btn btn-ghost" onClick={kakaoShare}>
            카카오톡 공유
          </button>
        ) : null}
        <button type="button" className="btn btn-ghost" onClick={copy}>
          링크 복사
        </button>
        {shareSheet ? (
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => navigator.share({ title: share.title, text: share.summary, url: share.url }).catch(() => {})}
          >
            다른 앱으로 공유
          </button>
        ) : null}
      </div>
      <p role="status" className="mt-2 text-sm text-teal-900">
        {status}
      </p>
    </section>
  );
}
