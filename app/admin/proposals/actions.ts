"use server";

// Every action goes through withEditor: the session and role are checked on
// the server before any of the work in lib/admin runs.
import { withEditor } from "@/lib/admin/action";
import * as decisions from "@/lib/admin/proposals/decisions";

export const acceptProposal = withEditor(decisions.acceptProposal);
export const rejectProposal = withEditor(decisions.rejectProposal);
export const decideSource = withEditor(decisions.decideSource);
