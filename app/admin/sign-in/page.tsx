import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/admin/sign-in-form";
import { safeAdminPath } from "@/lib/admin/paths";
import { sessionUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in" };

// Reads the session before rendering, so an already signed-in editor goes straight on.
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeAdminPath(params.next);
  if (await sessionUser(await headers())) redirect(next);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl">Sign in to edit the catalogue</h1>
      {params["signed-out"] && (
        <p role="status" className="text-green-800 dark:text-green-300">
          You are signed out.
        </p>
      )}
      <SignInForm next={next} />
      <p className="muted max-w-md text-sm">Accounts are made by an admin (or with npm run admin:create); there is no public sign-up.</p>
    </div>
  );
}
