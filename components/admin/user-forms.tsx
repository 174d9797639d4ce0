"use client";

import { useActionState } from "react";
import { fieldError, IDLE, typed } from "@/lib/admin/form-state";
import { ROLES, ROLE_LABELS, type Role } from "@/lib/auth/policy";
import { ActionButton } from "./action-button";
import { SelectField, TextField } from "./fields";
import { FormStatus } from "./form-status";
import type { FormAction } from "./types";

const roles = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function NewUserForm({ action, minPasswordLength }: { action: FormAction; minPasswordLength: number }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const props = (name: "email" | "name" | "password" | "role", label: string) => ({ id: `user-${name}`, name, label, error: fieldError(state, name), defaultValue: name === "password" ? undefined : typed(state, name) });
  return (
    <form action={formAction} noValidate className="card space-y-3" aria-label="New account">
      <div className="grid gap-3 md:grid-cols-2">
        <TextField {...props("email", "Email")} type="email" required />
        <TextField {...props("name", "Name")} required />
        <TextField {...props("password", "Password")} type="password" hint={`At least ${minPasswordLength} characters; share it privately.`} required />
        <SelectField {...props("role", "Role")} defaultValue={typed(state, "role") ?? "editor"} options={roles} />
      </div>
      <FormStatus state={state} />
      <button type="submit" className="button" disabled={pending}>
        Create account
      </button>
    </form>
  );
}

export function RoleForm({ action, userId, role, email }: { action: FormAction; userId: string; role: Role; email: string }) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} noValidate className="flex flex-wrap items-center gap-2" aria-label={`Role of ${email}`}>
      <input type="hidden" name="userId" value={userId} />
      <select name="role" defaultValue={role} className="field py-1 text-sm" aria-label={`Role of ${email}`}>
        {ROLES.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
      <button type="submit" className="button-quiet" disabled={pending}>
        Save role
      </button>
      <FormStatus state={state} />
    </form>
  );
}

export function RemoveUserButton({ action, userId, email }: { action: FormAction; userId: string; email: string }) {
  return <ActionButton action={action} label="Remove" accessibleLabel={`Remove ${email}`} fields={{ userId }} confirm={`Remove ${email}? They are signed out at once.`} />;
}
