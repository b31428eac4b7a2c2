import { useEffect, useState } from "react";

/** False in the server HTML and until hydration; lets a form tell "enhanced" posts from plain ones. */
export function useHydrated() {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
