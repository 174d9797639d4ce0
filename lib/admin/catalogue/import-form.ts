import type { AdminUser } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import type { ActionOutcome } from "../action";
import { applyImport } from "./apply-import";
import { exportCatalogueFile, fingerprint } from "./file-format";
import type { ImportState } from "./import-state";
import { parseCatalogueFile, type FileProblem } from "./parse-file";
import { MAX_IMPORT_BYTES, tooLargeMessage } from "./limits";
import { planImport, type ImportPlan } from "./plan-import";

/** The file as the form sent it: an uploaded file, or its text (as tests and scripts send it). */
async function fileText(formData: FormData): Promise<string | { tooLarge: number }> {
  const value = formData.get("catalogue");
  if (typeof value === "string") return value;
  if (!value) return "";
  return value.size > MAX_IMPORT_BYTES ? { tooLarge: value.size } : value.text();
}

async function readFile(formData: FormData): Promise<ReturnType<typeof parseCatalogueFile>> {
  const text = await fileText(formData);
  if (typeof text !== "string") return { ok: false, problems: [{ where: "(file)", message: tooLargeMessage(text.tooLarge) }] };
  return parseCatalogueFile(text);
}

/** What the page shows of a plan: created tools by name only (their every field would be the whole file again). */
function shown(plan: ImportPlan): ImportPlan {
  return { ...plan, tools: { ...plan.tools, created: plan.tools.created.map(({ slug, name }) => ({ slug, name, changes: [] })) } };
}

const invalid = (problems: FileProblem[]): ActionOutcome<ImportState> => ({
  state: { status: "invalid", message: `The file was not imported: ${problems.length} problem${problems.length === 1 ? "" : "s"}. Nothing was written.`, problems },
});

/** The dry run: validates the file and lists what would be created and changed, writing nothing. */
export async function previewImport(_user: AdminUser, _state: ImportState, formData: FormData): Promise<ActionOutcome<ImportState>> {
  const parsed = await readFile(formData);
  if (!parsed.ok) return invalid(parsed.problems);
  const [{ plan, problems }, current] = await Promise.all([planImport(db(), parsed.file), exportCatalogueFile(db())]);
  if (problems.length) return invalid(problems);
  return { state: { status: "preview", plan: shown(plan), fingerprint: fingerprint(current) } };
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

/** Applies the previewed file, all or nothing. */
export async function confirmImport(user: AdminUser, _state: ImportState, formData: FormData): Promise<ActionOutcome<ImportState>> {
  const parsed = await readFile(formData);
  if (!parsed.ok) return invalid(parsed.problems);
  const expected = formData.get("fingerprint");
  const result = await applyImport(user, parsed.file, typeof expected === "string" ? expected : "");
  if (result.kind === "invalid") return invalid(result.problems);
  if (result.kind === "stale") {
    return { state: { status: "failed", message: "The catalogue changed since this preview (someone saved an edit): nothing was imported. Preview the file again." } };
  }
  const { tools, tags } = result.plan;
  const message = `Imported: ${count(tools.created.length, "tool")} created, ${count(tools.changed.length, "tool")} changed, ${count(tags.created.length + tags.changed.length, "tag")} added or changed.`;
  return { state: { status: "applied", message, plan: shown(result.plan) }, refresh: true, expire: result.tags };
}
