import { createContext, useContext } from "react";

// The per-request CSP nonce, created in entry.server and read by <Scripts> and JSON-LD blocks.
export const NonceContext = createContext<string>("");
export const useNonce = () => useContext(NonceContext);
