// Structured request logs (one JSON line per request) with a request id that is also the "오류 번호" on
// error pages. Only method, path, status and timing are kept: no query strings, headers, cookies, bodies
// or addresses, so names, phone numbers, addresses and emails never reach the logs.
import crypto from "node:crypto";
import { pinoHttp } from "pino-http";

export function newRequestId() {
  return crypto.randomBytes(5).toString("hex").toUpperCase();
}

export function createRequestLogger(logger) {
  return pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = newRequestId();
      res.setHeader("X-Request-Id", id);
      return id;
    },
    serializers: {
      req: (req) => ({ id: req.id, method: req.method, path: String(req.url).split("?")[0] }),
      res: (res) => ({ statusCode: res.statusCode }),
      err: (err) => ({ type: err?.name, message: err?.message }),
    },
    // Unexpected errors are logged once, by the app (with their id); the request line only counts them.
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? "warn" : "info"),
    customSuccessMessage: (req, res) => `${req.method} ${String(req.url).split("?")[0]} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${String(req.url).split("?")[0]} ${res.statusCode}`,
    quietReqLogger: true,
  });
}
