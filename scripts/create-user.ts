// `npm run user:create -- --role ADMIN --email you@example.kr [--name 이름] [--center seogu]`
// Creates a staff account (the first admin of a production install). The password is read from
// USER_PASSWORD, or generated and printed once.
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import { hashPassword } from "../app/accounts/password.server";
import { ROLES } from "../app/accounts/roles";
import { MIN_PASSWORD_LENGTH } from "../app/accounts/user-form";
import { createPrismaClient } from "../app/utils/prisma-client";
import { visibleLength } from "../app/utils/text-fields";

const { values } = parseArgs({
  options: {
    role: { type: "string" },
    email: { type: "string" },
    name: { type: "string" },
    center: { type: "string" },
  },
});
const role = ROLES.find((r) => r === values.role);
const email = values.email?.trim().toLowerCase();
if (!role || !email || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
  console.error(
    `usage: npm run user:create -- --role ${ROLES.join("|")} --email you@example.kr [--name 이름] [--center slug]`,
  );
  process.exit(2);
}
if (role === "CENTER_STAFF" && !values.center) {
  console.error("CENTER_STAFF accounts need --center <center slug>.");
  process.exit(2);
}

const prisma = createPrismaClient(process.env.DATABASE_URL);
try {
  const center = values.center ? await prisma.center.findUnique({ where: { slug: values.center } }) : null;
  if (values.center && !center) throw new Error(`No center with slug "${values.center}".`);
  if (await prisma.user.findUnique({ where: { email } })) throw new Error(`An account for ${email} already exists.`);
  const password = process.env.USER_PASSWORD || crypto.randomBytes(12).toString("base64url");
  // Counted as the admin pages count it (what a person sees), with the same minimum.
  if (visibleLength(password) < MIN_PASSWORD_LENGTH) {
    throw new Error(`USER_PASSWORD must be at least ${MIN_PASSWORD_LENGTH} characters.`);
  }
  await prisma.user.create({
    data: {
      email,
      name: values.name ?? email,
      role,
      centerId: center?.id ?? null,
      passwordHash: await hashPassword(password),
    },
  });
  console.log(`Created ${role} ${email}.`);
  if (!process.env.USER_PASSWORD) console.log(`Password (shown once): ${password}`);
} catch (error) {
  console.error(`✖ ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
