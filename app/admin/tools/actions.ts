"use server";

// Every action goes through withEditor: the session and role are checked on
// the server before any of the work in lib/admin runs.
import { withEditor } from "@/lib/admin/action";
import * as capabilities from "@/lib/admin/tools/capabilities";
import { createTool as create } from "@/lib/admin/tools/create-tool";
import * as facts from "@/lib/admin/tools/facts";
import * as prices from "@/lib/admin/tools/prices";
import * as profile from "@/lib/admin/tools/profile";
import * as signals from "@/lib/admin/tools/signals";

export const createTool = withEditor(create);
export const updateProfile = withEditor(profile.updateProfile);
export const updateStatus = withEditor(profile.updateStatus);
export const markVerifiedToday = withEditor(profile.markVerifiedToday);
export const setPublished = withEditor(profile.setPublished);

export const addCapability = withEditor(capabilities.addCapability);
export const updateCapability = withEditor(capabilities.updateCapability);
export const moveCapability = withEditor(capabilities.moveCapability);
export const removeCapability = withEditor(capabilities.removeCapability);

export const addOffer = withEditor(prices.addOffer);
export const updateOffer = withEditor(prices.updateOffer);
export const addPrice = withEditor(prices.addPrice);
export const updatePrice = withEditor(prices.updatePrice);
export const changePrice = withEditor(prices.changePrice);
export const endPrice = withEditor(prices.endPrice);
export const removePrice = withEditor(prices.removePrice);

export const setFact = withEditor(facts.setFact);
export const removeFact = withEditor(facts.removeFact);

export const addSignal = withEditor(signals.addSignal);
export const updateSignal = withEditor(signals.updateSignal);
export const removeSignal = withEditor(signals.removeSignal);
