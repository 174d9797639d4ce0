import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionButton } from "@/components/admin/action-button";
import { AdminHeader } from "@/components/admin/admin-header";
import { CapabilityEditor } from "@/components/admin/capability-editor";
import { FactsEditor } from "@/components/admin/facts-editor";
import { OfferEditor } from "@/components/admin/offer-editor";
import { StatusForm } from "@/components/admin/status-form";
import { ProfileForm } from "@/components/admin/profile-form";
import { SignalEditor } from "@/components/admin/signal-editor";
import { ScorePanel } from "@/components/score-panel";
import { ADMIN_PATHS } from "@/lib/admin/paths";
import { getToolForEdit } from "@/lib/admin/queries";
import { requireUser } from "@/lib/auth/require-user";
import { toolPath } from "@/lib/compare-url";
import { today } from "@/lib/dates";
import { signOut } from "../../session-actions";
import * as actions from "../actions";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Edit tool" };
export const instant = false;

export default async function EditToolPage({ params }: Props) {
  const user = await requireUser("editor");
  const data = await getToolForEdit((await params).slug);
  if (!data) notFound();
  const { tool, scores, vocabulary } = data;
  const ref = { id: tool.id, version: tool.version };
  const { capabilities, offers, signals, facts, status } = tool;
  const date = today();
  return (
    <div>
      <AdminHeader user={user} signOut={signOut} />
      <article className="space-y-8">
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div className="space-y-1">
            <h1 className="text-2xl">{tool.name}</h1>
            <p className="muted text-sm">
              {tool.slug} · version <span data-testid="tool-version">{tool.version}</span> · {tool.published ? "published" : "unpublished draft"} · last verified {tool.lastVerifiedAt} (the newest check of any fact)
            </p>
            <p className="flex flex-wrap gap-3 text-sm">
              <Link href={ADMIN_PATHS.audit({ tool: tool.slug })}>History of this tool</Link>
              {tool.published && <Link href={toolPath(tool.slug)}>Public page</Link>}
            </p>
          </div>
          <div className="flex flex-wrap gap-2">
            <ActionButton action={actions.markVerifiedToday} tool={ref} label="Status checked today" />
            {tool.published ? (
              <ActionButton action={actions.setPublished} tool={ref} label="Unpublish" fields={{ published: "no" }} confirm="Hide this tool from every public page?" />
            ) : (
              <ActionButton action={actions.setPublished} tool={ref} label="Publish" fields={{ published: "yes" }} quiet={false} />
            )}
          </div>
        </header>

        <section aria-labelledby="profile-heading" className="grid gap-6 lg:grid-cols-[1fr_16rem]">
          <div className="space-y-3">
            <h2 id="profile-heading" className="text-xl">Profile</h2>
            <ProfileForm action={actions.updateProfile} profile={tool} tool={ref} />
          </div>
          <div className="space-y-2">
            <h2 className="text-xl">Scores</h2>
            <ScorePanel tool={{ name: tool.name, rank: scores?.rank ?? null, provisional: scores?.provisional ?? false, status: status.value, scores }} standing={null} />
            <p className="muted text-xs">Computed from the score signals below and the match graph on every save; never typed in.</p>
          </div>
        </section>

        <section aria-labelledby="status-heading" className="space-y-3">
          <h2 id="status-heading" className="text-xl">Lifecycle</h2>
          <StatusForm action={actions.updateStatus} status={status} tool={ref} today={date} />
        </section>

        <section aria-labelledby="capabilities-heading" className="space-y-3">
          <h2 id="capabilities-heading" className="text-xl">Capabilities ({capabilities.length})</h2>
          <CapabilityEditor
            tool={ref}
            capabilities={capabilities}
            vocabulary={vocabulary}
            actions={{ add: actions.addCapability, update: actions.updateCapability, move: actions.moveCapability, remove: actions.removeCapability }}
          />
        </section>

        <section aria-labelledby="prices-heading" className="space-y-3">
          <h2 id="prices-heading" className="text-xl">Offers and prices</h2>
          <OfferEditor
            tool={ref}
            offers={offers}
            today={date}
            actions={{
              add: actions.addOffer,
              update: actions.updateOffer,
              prices: { add: actions.addPrice, update: actions.updatePrice, change: actions.changePrice, end: actions.endPrice, remove: actions.removePrice },
            }}
          />
        </section>

        <section aria-labelledby="facts-heading" className="space-y-3">
          <h2 id="facts-heading" className="text-xl">Model facts</h2>
          <FactsEditor tool={ref} facts={facts} today={date} actions={{ set: actions.setFact, remove: actions.removeFact }} />
        </section>

        <section aria-labelledby="signals-heading" className="space-y-3">
          <h2 id="signals-heading" className="text-xl">Score signals</h2>
          <SignalEditor tool={ref} signals={signals} today={date} actions={{ add: actions.addSignal, update: actions.updateSignal, remove: actions.removeSignal }} />
        </section>
      </article>
    </div>
  );
}
