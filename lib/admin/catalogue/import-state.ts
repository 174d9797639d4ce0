import type { FileProblem } from "./parse-file";
import type { ImportPlan } from "./plan-import";

/** What the import page shows after a preview or an apply (no server code: the client form imports it). */
export type ImportState =
  | { status: "idle" }
  | { status: "invalid"; message: string; problems: FileProblem[] }
  | { status: "preview"; plan: ImportPlan; fingerprint: string }
  | { status: "applied"; message: string; plan: ImportPlan }
  | { status: "refused"; message: string }
  | { status: "failed"; message: string };

export const IMPORT_IDLE: ImportState = { status: "idle" };
