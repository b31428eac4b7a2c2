// Development-only accounts (listed in the README). `npm start` never seeds, so production has none.
import type { PrismaClient } from "../../app/generated/prisma/client";
import { hashPassword } from "../../app/accounts/password.server";

export const DEMO_PASSWORD = "jahwal-demo-2026";

export const DEMO_ACCOUNTS = [
  { email: "admin@gjjahwal.example", name: "광역센터 관리자", role: "ADMIN", centerSlug: null },
  { email: "editor@gjjahwal.example", name: "웹진 편집자", role: "EDITOR", centerSlug: null },
  { email: "seogu@gjjahwal.example", name: "서구센터 담당자", role: "CENTER_STAFF", centerSlug: "seogu" },
  { email: "gwangsan@gjjahwal.example", name: "광산센터 담당자", role: "CENTER_STAFF", centerSlug: "gwangsan" },
] as const;

export async function seedDemoAccounts(prisma: PrismaClient) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const account of DEMO_ACCOUNTS) {
    const center = account.centerSlug
      ? await prisma.center.findUniqueOrThrow({ where: { slug: account.centerSlug } })
      : null;
    await prisma.user.create({
      data: {
        email: account.email,
        name: account.name,
        role: account.role,
        centerId: center?.id ?? null,
        passwordHash,
      },
    });
  }
  return DEMO_ACCOUNTS.length;
}
