import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { ContentChange } from "~/utils/content-cache.server";
import { postgresContentChannel, type PostgresChannel } from "~/utils/content-broadcast.server";
import { TEST_POSTGRES_URL } from "../support/paths";

// Content bumps between instances (PostgreSQL LISTEN/NOTIFY). On SQLite the app runs as one instance and
// starts no broadcast, so there is nothing to test there.
const channels: PostgresChannel[] = [];
afterAll(() => Promise.all(channels.map((c) => c.close())));

/** One instance's channel and the changes it heard from the others. */
async function instance(instanceId: string) {
  const heard: ContentChange[] = [];
  const channel = postgresContentChannel(process.env.DATABASE_URL!, { instanceId, retryMs: 50 });
  channel.subscribe((change) => heard.push(change));
  channels.push(channel);
  await channel.ready;
  return { channel, heard };
}

const until = async (check: () => boolean, ms = 3000) => {
  const deadline = Date.now() + ms;
  while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
  return check();
};

describe.skipIf(!TEST_POSTGRES_URL)("content broadcast between instances (PostgreSQL)", () => {
  it("tells every other instance about a bump, and not the sender", async () => {
    const [a, b, c] = [await instance("a"), await instance("b"), await instance("c")];
    a.channel.publish("pages");
    b.channel.publish("content");
    expect(await until(() => c.heard.length === 2)).toBe(true);
    expect(c.heard.sort()).toEqual(["content", "pages"]);
    expect(await until(() => a.heard.length === 1 && b.heard.length === 1)).toBe(true);
    expect(a.heard).toEqual(["content"]);
    expect(b.heard).toEqual(["pages"]);
  });

  it("sends one message after a burst of bumps rather than one per bump", async () => {
    const [a, b] = [await instance("burst-a"), await instance("burst-b")];
    for (let i = 0; i < 200; i++) a.channel.publish("content");
    expect(await until(() => b.heard.length > 0)).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(b.heard.length).toBeLessThanOrEqual(2);
  });

  it("reconnects after its connection is killed, counts everything as changed, and hears again", async () => {
    const [a, b] = [await instance("kill-a"), await instance("kill-b")];
    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    // Terminate every LISTENing connection of this database but this test's own: both instances lose theirs.
    await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query LIKE 'LISTEN%'",
    );
    await admin.end();
    expect(await until(() => b.heard.includes("pages"))).toBe(true);
    b.heard.length = 0;
    // Give A's reconnect a moment too, then a bump from A reaches B again.
    await until(() => a.heard.includes("pages"));
    a.channel.publish("content");
    expect(await until(() => b.heard.includes("content"))).toBe(true);
  });
});
