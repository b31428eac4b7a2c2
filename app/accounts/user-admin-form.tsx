import { getInputProps, getSelectProps, type FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { ROLE_LABEL, ROLES } from "~/accounts/roles";
import { Field } from "~/components/field";
import { SelectField } from "~/components/form-controls";

type AccountFieldset = {
  email: FieldMetadata<unknown>;
  name: FieldMetadata<unknown>;
  role: FieldMetadata<unknown>;
  centerId: FieldMetadata<unknown>;
};

/** Email, name, role and center of a staff account (/admin/users/new and /admin/users/:id). */
export function AccountFields({
  fields,
  centers,
  fixedRole,
}: {
  fields: AccountFieldset;
  centers: { id: number; name: string }[];
  /** The admin's own account: its role is shown, not editable (nobody demotes themselves). */
  fixedRole?: string;
}) {
  const asString = (meta: FieldMetadata<unknown>) => meta as FieldMetadata<string>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <Field label="이름" meta={fields.name} inputProps={getInputProps(asString(fields.name), { type: "text" })} />
      <Field
        label="이메일 (로그인 아이디)"
        meta={fields.email}
        inputProps={{ ...getInputProps(asString(fields.email), { type: "email" }), autoComplete: "off" }}
      />
      {fixedRole ? (
        <div>
          <p className="mb-1 text-sm font-bold text-teal-950">역할</p>
          <input type="hidden" name={fields.role.name} value={fixedRole} />
          <p className="flex min-h-11 items-center rounded-lg bg-cream px-3">
            {ROLE_LABEL[fixedRole as keyof typeof ROLE_LABEL] ?? fixedRole}
          </p>
          <p className="mt-1 text-xs text-ink-soft">자신의 역할은 바꿀 수 없습니다.</p>
        </div>
      ) : (
        <SelectField
          label="역할"
          meta={fields.role}
          selectProps={getSelectProps(asString(fields.role))}
          options={ROLES.map((r) => ({ value: r, label: ROLE_LABEL[r] }))}
          placeholder="역할을 고르세요"
          hint="관리자: 모든 관리 · 편집자: 웹진만 · 지역자활센터 담당자: 자기 센터의 주문과 소식"
        />
      )}
      <SelectField
        label="소속 센터"
        meta={fields.centerId}
        selectProps={getSelectProps(asString(fields.centerId))}
        options={centers.map((c) => ({ value: c.id, label: c.name }))}
        placeholder="없음"
        hint="지역자활센터 담당자는 꼭 골라야 합니다. 담당자는 이 센터의 주문만 봅니다."
      />
    </div>
  );
}

/** A new password, shown this once. */
export function OneTimePassword({ password, children }: { password: string; children: ReactNode }) {
  return (
    <div role="status" className="rounded-xl border-2 border-orange-500 bg-cream p-4 sm:p-5">
      <p className="font-bold text-teal-950">{children}</p>
      <p className="mt-3 text-sm text-ink-soft">임시 비밀번호</p>
      <p className="mt-1 rounded-lg bg-white px-3 py-2 font-mono text-xl font-bold tracking-wider break-all text-teal-950 select-all">
        {password}
      </p>
      <p className="mt-3 text-sm text-ink-soft">
        이 화면을 벗어나면 다시 볼 수 없습니다. 담당자에게 직접 또는 전화로 안전하게 전달해 주세요.
      </p>
    </div>
  );
}
