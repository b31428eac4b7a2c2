import type { LoaderFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { homePathFor } from "~/accounts/roles";
import { requireRole } from "~/accounts/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireRole(request, ["ADMIN", "EDITOR"]);
  throw redirect(user.role === "ADMIN" ? "/admin/orders" : homePathFor(user.role));
}
