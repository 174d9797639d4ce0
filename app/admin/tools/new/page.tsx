import type { Metadata } from "next";
import { AdminHeader } from "@/components/admin/admin-header";
import { ProfileForm } from "@/components/admin/profile-form";
import { requireUser } from "@/lib/auth/require-user";
import { today } from "@/lib/dates";
import { signOut } from "../../session-actions";
import { createTool } from "../actions";

export const metadata: Metadata = { title: "New tool" };
export const instant = false;

const EMPTY = {
  slug: "",
  name: "",
  kind: "model",
  category: "llm",
  vendor: "",
  summary: "",
  website: "",
  sourceRepository: null,
  license: null,
  pricingModel: "paid",
  freeTier: false,
} as const;

export default async function NewToolPage() {
  const user = await requireUser("editor");
  return (
    <div>
      <AdminHeader user={user} signOut={signOut} />
      <div className="space-y-4">
        <h1 className="text-2xl">New tool</h1>
        <p className="muted">The tool starts as an unpublished draft: add its capabilities, prices and signals, then publish it.</p>
        <ProfileForm action={createTool} profile={EMPTY} today={today()} />
      </div>
    </div>
  );
}
