import type { AdminUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { ActionOutcome } from "../action";
import { applyImport } from "./apply-import";
import { exportCatalogueFile, fingerprint } from "./file-format";
import type { ImportState } from "./import-state";
import { parseCatalogueFile, type FileProblem } from "./parse-file";
import { planImport } from "./plan-import";

const fileText = (formData: FormData) => {
  const value = formData.get("catalogue");
  return typeof value === "string" ? value : "";
};

const invalid = (problems: FileProblem[]): ActionOutcome<ImportState> => ({
  state: { status: "invalid", message: `The file was not imported: ${problems.length} problem${problems.length === 1 ? "" : "s"}. Nothing was written.`, problems },
});

/** The dry run: validates the file and lists what would be created and changed, writing nothing. */
export async function previewImport(_user: AdminUser, _state: ImportState, formData: FormData): Promise<ActionOutcome<ImportState>> {
  const parsed = parseCatalogueFile(fileText(formData));
  if (!parsed.ok) return invalid(parsed.problems);
  const [{ plan, problems }, current] = await Promise.all([planImport(db(), parsed.file), exportCatalogueFile(db())]);
  if (problems.length) return invalid(problems);
  return { state: { status: "preview", plan, fingerprint: fingerprint(current) } };
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** Applies the previewed file, all or nothing. */
export async function confirmImport(user: AdminUser, _state: ImportState, formData: FormData): Promise<ActionOutcome<ImportState>> {
  const parsed = parseCatalogueFile(fileText(formData));
  if (!parsed.ok) return invalid(parsed.problems);
  const expected = formData.get("fingerprint");
  const result = await applyImport(user, parsed.file, typeof expected === "string" ? expected : "");
  if (result.kind === "invalid") return invalid(result.problems);
  if (result.kind === "stale") {
    return { state: { status: "failed", message: "The catalogue changed since this preview (someone saved an edit): nothing was imported. Preview the file again." } };
  }
  const { tools, tags } = result.plan;
  const message = `Imported: ${count(tools.created.length, "tool")} created, ${count(tools.changed.length, "tool")} changed, ${count(tags.created.length + tags.changed.length, "tag")} added or changed.`;
  return { state: { status: "applied", message, plan: result.plan }, refresh: true, expire: result.tags };
}
