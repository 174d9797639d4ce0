import type { Metadata } from "next";
import { AdminHeader } from "@/components/admin/admin-header";
import { NewUserForm, RemoveUserButton, RoleForm } from "@/components/admin/user-forms";
import { listUsers } from "@/lib/admin/users/manage-users";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/require-user";
import { signOut } from "../session-actions";
import { addUser, changeRole, removeUser } from "./actions";

export const metadata: Metadata = { title: "Users" };
export const instant = false;

export default async function UsersPage() {
  const user = await requireUser("admin");
  const users = await listUsers();
  return (
    <div>
      <AdminHeader user={user} signOut={signOut} />
      <div className="space-y-6">
        <h1 className="text-2xl">Users</h1>
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              <th scope="col" className="py-1 pr-3">Account</th>
              <th scope="col" className="px-2 py-1">Role</th>
              <th scope="col" className="px-2 py-1">Signed in</th>
              <th scope="col" className="px-2 py-1"><span className="sr-only">Remove</span></th>
            </tr>
          </thead>
          <tbody>
            {users.map((account) => (
              <tr key={account.id} className="border-b border-zinc-200 align-top dark:border-zinc-800">
                <th scope="row" className="py-2 pr-3 font-normal">
                  {account.email}
                  <span className="muted block text-xs">{account.name}</span>
                </th>
                <td className="px-2 py-2">
                  {account.id === user.id ? account.role : <RoleForm action={changeRole} userId={account.id} role={account.role} email={account.email} />}
                </td>
                <td className="px-2 py-2 tabular-nums">{account.activeSessions} session{account.activeSessions === 1 ? "" : "s"}</td>
                <td className="px-2 py-2">{account.id !== user.id && <RemoveUserButton action={removeUser} userId={account.id} email={account.email} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <section className="space-y-2" aria-labelledby="new-user">
          <h2 id="new-user" className="text-xl">New account</h2>
          <NewUserForm action={addUser} minPasswordLength={MIN_PASSWORD_LENGTH} />
        </section>
      </div>
    </div>
  );
}
