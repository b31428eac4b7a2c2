import { afterAll, describe, expect, it } from "vitest";
import { createLimiter, type LimitStore } from "~/utils/rate-limit.server";
import { postgresStore } from "~/utils/rate-limit-store.server";
import { TEST_POSTGRES_URL } from "../support/paths";

const opened: LimitStore[] = [];
afterAll(() => Promise.all(opened.map((store) => store.close())));

/** A store as one server process would open it: its own pool on the file's database. */
function processStore(databaseUrl = process.env.DATABASE_URL!) {
  const store = postgresStore(databaseUrl, 2);
  opened.push(store);
  return store;
}

const allowedCount = (decisions: { allowed: boolean }[]) => decisions.filter((d) => d.allowed).length;

describe("rate limits (this process's store: memory on SQLite, the shared table on PostgreSQL)", () => {
  it("allows exactly the limit when dozens of attempts arrive at once", async () => {
    const limiter = createLimiter({ name: "burst", points: 5, durationSeconds: 60 });
    const decisions = await Promise.all(Array.from({ length: 40 }, () => limiter.take("198.51.100.7")));
    expect(allowedCount(decisions)).toBe(5);
    expect(decisions.find((d) => !d.allowed)).toMatchObject({ allowed: false, retryAfterSeconds: 60 });
    // Another key has its own allowance; forgetting a key starts it over.
    expect((await limiter.take("198.51.100.8")).allowed).toBe(true);
    await limiter.forget("198.51.100.7");
    expect((await limiter.take("198.51.100.7")).allowed).toBe(true);
  });

  it("still limits, per process, when the shared store can't be reached", async () => {
    // Nothing listens on port 1 of the loopback: every query fails at once and the memory fallback counts.
    const unreachable = processStore("postgresql://postgres@127.0.0.1:1/nowhere");
    const limiter = createLimiter({ name: "fallback", points: 3, durationSeconds: 60 }, unreachable);
    const decisions = await Promise.all(Array.from({ length: 10 }, () => limiter.take("198.51.100.9")));
    expect(allowedCount(decisions)).toBe(3);
  });
});

// Two instances are two processes with two pools; two stores in one process stand for them here.
describe.skipIf(!TEST_POSTGRES_URL)("rate limits shared by several instances (PostgreSQL)", () => {
  it("counts attempts through two instances against one limit", async () => {
    const options = { name: "shared", points: 6, durationSeconds: 60 };
    const [a, b] = [createLimiter(options, processStore()), createLimiter(options, processStore())];
    const decisions = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 ? a : b).take("login\n203.0.113.5")),
    );
    expect(allowedCount(decisions)).toBe(6);
    expect((await b.take("login\n203.0.113.5")).allowed).toBe(false);
    // Forgetting on one instance frees the key on the other.
    await a.forget("login\n203.0.113.5");
    expect((await b.take("login\n203.0.113.5")).allowed).toBe(true);
    // An attempt given back on B (a successful login) is one more attempt on A.
    const key = "login\n203.0.113.6";
    for (let i = 0; i < 6; i++) expect((await (i % 2 ? a : b).take(key)).allowed).toBe(true);
    await b.giveBack(key);
    expect((await a.take(key)).allowed).toBe(true);
    expect((await a.take(key)).allowed).toBe(false);
  });
});
