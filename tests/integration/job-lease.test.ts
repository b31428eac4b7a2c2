import { describe, expect, it } from "vitest";
import { acquireLease, startPeriodicJob } from "~/jobs/lease.server";

describe("job leases", () => {
  it("gives a lease to exactly one of several instances racing for it", async () => {
    const now = new Date();
    const holders = Array.from({ length: 8 }, (_, i) => `instance-${i}`);
    const won = await Promise.all(holders.map((h) => acquireLease("race", h, 60_000, now)));
    expect(won.filter(Boolean)).toHaveLength(1);
    const winner = holders[won.indexOf(true)]!;
    // The holder renews; the others keep losing until it expires.
    expect(await acquireLease("race", winner, 60_000, new Date(now.getTime() + 30_000))).toBe(true);
    const other = holders.find((h) => h !== winner)!;
    expect(await acquireLease("race", other, 60_000, new Date(now.getTime() + 60_000))).toBe(false);
    expect(await acquireLease("race", other, 60_000, new Date(now.getTime() + 90_001))).toBe(true);
  });

  it("runs a periodic job in one instance only", async () => {
    const runs: string[] = [];
    const stops = ["a", "b", "c"].map((holder) =>
      startPeriodicJob({ name: "periodic", everyMs: 60_000, run: async () => void runs.push(holder) }, holder),
    );
    await new Promise((r) => setTimeout(r, 300));
    stops.forEach((stop) => stop());
    expect(runs).toHaveLength(1);
  });
});
