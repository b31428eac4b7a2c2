import { useRef, useState } from "react";
import { useHydrated } from "~/utils/use-hydrated";

// Kakao (다음) 우편번호 service. Loaded only when the customer presses "주소 검색"; the checkout page's CSP
// allows its hosts (see app/utils/security.server.ts) and no other page's does.
export const POSTCODE_SCRIPT_URL = "https://t1.daumcdn.net/mapjsapi/bundle/postcode/prod/postcode.v2.js";
const LOAD_TIMEOUT_MS = 8000;

type PostcodeResult = {
  zonecode: string;
  roadAddress: string;
  jibunAddress: string;
  userSelectedType?: "R" | "J";
  buildingName?: string;
  apartment?: "Y" | "N";
};
type PostcodeConstructor = new (options: {
  oncomplete: (data: PostcodeResult) => void;
  width?: string;
  height?: string;
}) => { embed: (element: HTMLElement) => void };

declare global {
  interface Window {
    daum?: { Postcode?: PostcodeConstructor };
  }
}

let loading: Promise<PostcodeConstructor> | null = null;

function loadPostcode(): Promise<PostcodeConstructor> {
  if (window.daum?.Postcode) return Promise.resolve(window.daum.Postcode);
  loading ??= new Promise<PostcodeConstructor>((resolve, reject) => {
    const script = document.createElement("script");
    script.src = POSTCODE_SCRIPT_URL;
    script.async = true;
    const timer = setTimeout(() => reject(new Error("timeout")), LOAD_TIMEOUT_MS);
    script.onload = () => {
      clearTimeout(timer);
      if (window.daum?.Postcode) resolve(window.daum.Postcode);
      else reject(new Error("no daum.Postcode"));
    };
    script.onerror = () => {
      clearTimeout(timer);
      reject(new Error("load failed"));
    };
    document.head.appendChild(script);
  }).catch((error) => {
    loading = null; // a later press may try again
    throw error;
  });
  return loading;
}

/** "서울 …로 12 (○○아파트)": the road address, with the building name as the service suggests. */
function fullAddress(data: PostcodeResult) {
  const base = data.userSelectedType === "J" ? data.jibunAddress : data.roadAddress || data.jibunAddress;
  return data.buildingName && data.apartment === "Y" ? `${base} (${data.buildingName})` : base;
}

/** The "주소 검색" button and the embedded search; without JavaScript it isn't shown and typing works. */
export function AddressSearch({ onSelect }: { onSelect: (postalCode: string, address: string) => void }) {
  const hydrated = useHydrated();
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<"closed" | "loading" | "open" | "failed">("closed");
  if (!hydrated) return null;

  async function open() {
    setState("loading");
    try {
      const Postcode = await loadPostcode();
      setState("open");
      // Wait for the container to be laid out before the service draws into it.
      requestAnimationFrame(() => {
        if (!box.current) return;
        new Postcode({
          width: "100%",
          height: "100%",
          oncomplete: (data) => {
            onSelect(data.zonecode, fullAddress(data));
            setState("closed");
          },
        }).embed(box.current);
      });
    } catch {
      setState("failed");
    }
  }

  return (
    <div className="sm:col-span-2">
      <button
        type="button"
        onClick={open}
        disabled={state === "loading"}
        className="btn btn-ghost min-h-11"
        aria-expanded={state === "open"}
        aria-controls="address-search-box"
      >
        {state === "loading" ? "주소 검색 여는 중…" : "주소 검색"}
      </button>
      {state === "failed" ? (
        <p role="alert" className="mt-2 text-sm font-semibold text-orange-700">
          주소 검색을 열지 못했습니다. 우편번호와 주소를 직접 입력해 주세요.
        </p>
      ) : null}
      <div id="address-search-box" hidden={state !== "open"} className="mt-3">
        <div className="mb-2 flex items-center justify-between">
          <p className="text-sm font-semibold">도로명, 건물명, 지번으로 검색하세요.</p>
          <button type="button" className="btn btn-ghost min-h-10 text-sm" onClick={() => setState("closed")}>
            닫기
          </button>
        </div>
        <div ref={box} className="h-[28rem] overflow-hidden rounded-lg border border-line bg-white" />
      </div>
    </div>
  );
}
