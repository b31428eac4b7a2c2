import { prisma } from "~/utils/db.server";
import { workWhere, type WorkFilter } from "./part-work";

const COUNTED = ["NEW", "ACCEPTED", "SHIPPED", "ACCEPT_LATE", "SHIP_LATE"] as const satisfies WorkFilter[];

/** Parts (one center's share of a paid order) waiting in each state, and the late ones by center. */
export async function countCenterWork(now = new Date()) {
  const counts = await Promise.all(COUNTED.map((f) => prisma.fulfilment.count({ where: workWhere(f, now) })));
  const late = await prisma.fulfilment.groupBy({
    by: ["centerId", "status"],
    where: { OR: [workWhere("ACCEPT_LATE", now), workWhere("SHIP_LATE", now)] },
    _count: { _all: true },
  });
  const centers = await prisma.center.findMany({
    where: { id: { in: [...new Set(late.map((l) => l.centerId))] } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, shortName: true },
  });
  const lateByCenter = centers.map((c) => ({
    ...c,
    acceptLate: late.find((l) => l.centerId === c.id && l.status === "NEW")?._count._all ?? 0,
    shipLate: late.find((l) => l.centerId === c.id && l.status === "ACCEPTED")?._count._all ?? 0,
  }));
  return {
    counts: Object.fromEntries(COUNTED.map((f, i) => [f, counts[i]!])) as Record<(typeof COUNTED)[number], number>,
    lateByCenter,
  };
}
