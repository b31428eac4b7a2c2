// Accessibility of the staff areas (axe-core, WCAG 2.1 A and AA), one sign-in per role.
import { expectNoViolations } from "./axe";
import { expect, test, waitForHydration } from "./fixtures";
import { PHONE, signIn } from "./staff";

const AREAS = [
  {
    email: "seogu@gjjahwal.example",
    paths: [
      "/center",
      "/center/shipping",
      "/center/stock",
      "/center/settlement",
      "/center/articles",
      "/center/articles/new",
      "/center/notifications",
      "/center/shipping/picking",
      "/center/requests",
      "/center/requests?status=ALL",
    ],
  },
  {
    email: "admin@gjjahwal.example",
    paths: [
      "/admin",
      "/admin/payment-reviews",
      "/admin/settlement",
      "/admin/site-info",
      "/admin/policies",
      "/admin/shipping-areas",
      "/admin/launch",
      "/admin/orders",
      "/admin/requests",
      "/admin/requests?status=ALL",
      "/admin/articles",
      "/admin/articles/new",
      "/admin/issues",
      "/admin/issues/new",
      "/admin/products",
      "/admin/products/new",
      "/admin/centers",
      "/admin/users",
      "/admin/users/new",
      "/admin/notifications",
      "/admin/audit",
    ],
  },
];

// Each area at a phone's width and a desktop's.
for (const { email, paths } of AREAS) {
  for (const phone of [true, false])
    test(`${email.split("@")[0]}'s pages have no WCAG 2.1 AA violations at ${phone ? 390 : 1280}px`, async ({
      browser,
    }) => {
      test.setTimeout(180_000);
      const page = await signIn(browser, email, phone ? PHONE : {});
      for (const path of paths) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await waitForHydration(page);
        await expectNoViolations(page, path);
      }
    });
}
