import { createContext, useContext, useState } from "react";

// The request id of a page that failed, provided by entry.server (it is the id in the error log).
export const ErrorIdContext = createContext<string>("");

/** The id on the server; in the browser, the one the server rendered into the page (so hydration matches). */
export function useErrorId(): string {
  const fromServer = useContext(ErrorIdContext);
  const [id] = useState(
    () => fromServer || (typeof document === "undefined" ? "" : document.getElementById("error-id")?.textContent) || "",
  );
  return id;
}
