import { useLocation } from "@remix-run/react";
import { useEffect, useRef, useState } from "react";

/**
 * Client-side navigation changes the page without a page load, so screen readers hear nothing: say the new
 * page's title, and start reading and tabbing from its main content as after a full load.
 */
export function RouteAnnouncer() {
  const location = useLocation();
  const [message, setMessage] = useState("");
  const previousPath = useRef(location.pathname);
  useEffect(() => {
    if (previousPath.current === location.pathname) return;
    previousPath.current = location.pathname;
    // <Meta> sets the new title in the same commit; read it once the browser has applied it.
    const timer = setTimeout(() => {
      setMessage(`${document.title} 페이지로 이동했습니다.`);
      document.getElementById("main")?.focus({ preventScroll: true });
    }, 60);
    return () => clearTimeout(timer);
  }, [location.pathname]);
  return (
    <p aria-live="polite" aria-atomic="true" className="sr-only" data-route-announcer>
      {message}
    </p>
  );
}
