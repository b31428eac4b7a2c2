// Preloaded into the app server by the benchmark (`node --import ./scripts/bench/loopback-only.js
// server.js`): server.js listens on every interface, the benchmark must only ever open loopback.
// Any listen() that names no host is pinned to 127.0.0.1.
import net from "node:net";

const LOOPBACK = "127.0.0.1";
const listen = net.Server.prototype.listen;

net.Server.prototype.listen = function (...args) {
  const [first, second] = args;
  if (first !== null && typeof first === "object" && !Array.isArray(first)) {
    if (first.path === undefined && first.host === undefined) args[0] = { ...first, host: LOOPBACK };
  } else if ((typeof first === "number" || /^\d+$/.test(String(first ?? ""))) && typeof second !== "string") {
    args.splice(1, 0, LOOPBACK);
  }
  return listen.apply(this, args);
};
