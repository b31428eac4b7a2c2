// The benchmark's ceiling: a bare node:http server answering every request with one fixed HTML page
// from memory, on 127.0.0.1. Run as a child process (child_process.fork) so it never shares an event
// loop with the load generator. Protocol over IPC: parent sends { body (base64), contentType,
// contentEncoding } — the exact bytes the app sent, compressed as it compressed them — and the child
// replies { port } once listening.
import http from "node:http";

process.once("message", ({ body: base64, contentType, contentEncoding }) => {
  const body = Buffer.from(base64, "base64");
  const headers = {
    "Content-Type": contentType || "text/html; charset=utf-8",
    "Content-Length": String(body.length),
    "Cache-Control": "public, max-age=60",
    ...(contentEncoding ? { "Content-Encoding": contentEncoding, Vary: "Accept-Encoding" } : {}),
  };
  const server = http.createServer((req, res) => {
    res.writeHead(200, headers);
    res.end(body);
  });
  server.keepAliveTimeout = 10_000;
  server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  process.on("disconnect", stop);
});
