import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { ROLE_LABEL } from "~/accounts/roles";
import { requireRole } from "~/accounts/session.server";
import { listAdminUsers, type AdminUserRow } from "~/accounts/users.server";
import { AdminHeading, AdminTable, StateTag, type AdminColumn } from "~/components/admin-ui";
import { GeneralErrorBoundary } from "~/components/error-boundary";

export async function loader({ request }: LoaderFunctionArgs) {
  const me = await requireRole(request, ["ADMIN"]);
  return { users: await listAdminUsers(), myId: me.id };
}

type Row = Omit<AdminUserRow, "disabledAt"> & { disabledAt: string | Date | null; isMe: boolean };

const columns: AdminColumn<Row>[] = [
  {
    header: "이름",
    cell: (u) => (
      <div>
        <Link to={`/admin/users/${u.id}`} className="font-bold text-teal-900 underline-offset-2 hover:underline">
          {u.name}
        </Link>
        {u.isMe ? <span className="ml-1 text-sm text-ink-soft">(나)</span> : null}
        <p className="text-sm break-all text-ink-soft">{u.email}</p>
      </div>
    ),
  },
  { header: "역할", cell: (u) => ROLE_LABEL[u.role] },
  { header: "센터", cell: (u) => u.center?.shortName ?? "—" },
  {
    header: "상태",
    cell: (u) => (u.disabledAt ? <StateTag tone="off">사용 중지</StateTag> : <StateTag tone="on">사용 중</StateTag>),
  },
  { header: "로그인", cell: (u) => (u._count.sessions ? `${u._count.sessions}곳` : "—") },
];

export default function AdminUsers() {
  const { users, myId } = useLoaderData<typeof loader>();
  const rows = users.map((u) => ({ ...u, isMe: u.id === myId }));
  return (
    <>
      <AdminHeading
        title="사용자"
        actions={
          <Link to="/admin/users/new" className="btn btn-primary">
            계정 만들기
          </Link>
        }
      >
        관리자·편집자·지역자활센터 담당자 계정 {users.length}개. ‘로그인’은 지금 로그인되어 있는 기기 수입니다.
      </AdminHeading>
      <AdminTable caption="사용자 목록" columns={columns} rows={rows} rowKey={(u) => u.id} empty="계정이 없습니다." />
    </>
  );
}

export const meta: MetaFunction = () => [
  { title: "사용자 관리 | 광주자활뉴스" },
  { name: "robots", content: "noindex" },
];

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
