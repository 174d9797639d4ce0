"use client";

import { createAuthClient } from "better-auth/client";
import { useState, type FormEvent } from "react";
import { signInSchema } from "@/lib/schemas/admin";
import { TextField } from "./fields";
import { useHydrated } from "./use-hydrated";

const authClient = createAuthClient();

type Status = { message: string; fieldErrors: Record<string, string>; email: string };

/**
 * Posts to the auth library's own endpoint (not a server action) so its
 * rate limiter counts every attempt; the session cookie comes back HttpOnly.
 */
export function SignInForm({ next }: { next: string }) {
  const [status, setStatus] = useState<Status>({ message: "", fieldErrors: {}, email: "" });
  const [pending, setPending] = useState(false);
  const ready = useHydrated();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const input = signInSchema.safeParse({ email: data.get("email"), password: data.get("password") });
    const email = String(data.get("email") ?? "");
    if (!input.success) {
      const fieldErrors = Object.fromEntries(input.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
      setStatus({ message: "Please correct the fields marked below.", fieldErrors, email });
      return;
    }
    setPending(true);
    const { error } = await authClient.signIn.email({ email: input.data.email, password: input.data.password });
    setPending(false);
    if (!error) {
      window.location.assign(next);
      return;
    }
    const message =
      error.status === 429
        ? (error.message ?? "Too many sign-in attempts: wait a minute, then try again.")
        : error.status === 401
          ? "That email and password do not match an account."
          : `Sign-in failed (${error.status}): ${error.message ?? "try again"}.`;
    setStatus({ message, fieldErrors: {}, email });
  }

  return (
    <form onSubmit={submit} className="card max-w-md space-y-3" aria-label="Sign in" noValidate data-ready={ready}>
      <TextField id="sign-in-email" name="email" type="email" label="Email" defaultValue={status.email} error={status.fieldErrors.email} required />
      <TextField id="sign-in-password" name="password" type="password" label="Password" error={status.fieldErrors.password} required />
      <p aria-live="polite" role="status" className="text-sm font-medium text-red-700 dark:text-red-400">
        {status.message}
      </p>
      <button type="submit" className="button" disabled={pending}>
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
