import { z } from "zod";
import type { AdminUser } from "@/lib/auth/session";
import { capabilitySchema } from "@/lib/schemas/tool";
import type { FormState } from "../form-state";
import { field, idSchema, list, runToolForm } from "./form-input";
import type { ToolState, Tx } from "./tool-state";
import { tagIdsFor } from "./vocabulary";
import { RejectedEdit } from "./write-tool";

function readCapability(formData: FormData) {
  return {
    title: field(formData, "title"),
    description: field(formData, "description"),
    unique: field(formData, "unique"),
    vsAlternatives: field(formData, "vsAlternatives"),
    tags: list(formData, "tags"),
  };
}

function ownCapability(tool: ToolState, capabilityId: number) {
  const index = tool.capabilities.findIndex((capability) => capability.id === capabilityId);
  if (index < 0) throw new RejectedEdit({}, "Nothing was saved: that capability is no longer part of this tool (reload the page).");
  return index;
}

/** Writes positions 0..n-1 in the given order. */
async function renumber(tx: Tx, ids: number[]): Promise<void> {
  for (const [position, id] of ids.entries()) await tx.capability.update({ where: { id }, data: { position } });
}

export function addCapability(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: capabilitySchema,
    read: readCapability,
    audit: () => ({ action: "capability.create", entityType: "capability" }),
    mutate: ({ tags, ...capability }) => async (tx, tool) => {
      const tagIds = await tagIdsFor(tx, tags);
      await tx.capability.create({
        data: { ...capability, toolId: tool.id, position: tool.capabilities.length, taggings: { create: tagIds.map((tagId) => ({ tagId })) } },
      });
    },
    saved: ({ title }) => `Capability “${title}” added.`,
  });
}

const capabilityEditSchema = capabilitySchema.extend({ capabilityId: idSchema });

export function updateCapability(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: capabilityEditSchema,
    read: (data) => ({ ...readCapability(data), capabilityId: field(data, "capabilityId") }),
    audit: ({ capabilityId }) => ({ action: "capability.update", entityType: "capability", entityId: capabilityId }),
    mutate: ({ capabilityId, tags, ...capability }) => async (tx, tool) => {
      ownCapability(tool, capabilityId);
      const tagIds = await tagIdsFor(tx, tags);
      await tx.capabilityTagging.deleteMany({ where: { capabilityId } });
      await tx.capability.update({
        where: { id: capabilityId },
        data: { ...capability, taggings: { create: tagIds.map((tagId) => ({ tagId })) } },
      });
    },
    saved: ({ title }) => `Capability “${title}” saved.`,
  });
}

const moveSchema = z.object({ capabilityId: idSchema, direction: z.enum(["up", "down"], { error: "must be up or down" }) });

export function moveCapability(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: moveSchema,
    read: (data) => ({ capabilityId: field(data, "capabilityId"), direction: field(data, "direction") }),
    audit: ({ capabilityId }) => ({ action: "capability.move", entityType: "capability", entityId: capabilityId }),
    mutate: ({ capabilityId, direction }) => async (tx, tool) => {
      const index = ownCapability(tool, capabilityId);
      const target = direction === "up" ? index - 1 : index + 1;
      const ids = tool.capabilities.map((capability) => capability.id);
      if (target < 0 || target >= ids.length) throw new RejectedEdit({}, `Nothing was saved: that capability is already ${direction === "up" ? "first" : "last"}.`);
      [ids[index], ids[target]] = [ids[target]!, ids[index]!];
      await renumber(tx, ids);
    },
    saved: ({ direction }) => `Capability moved ${direction}.`,
  });
}

export function removeCapability(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: z.object({ capabilityId: idSchema }),
    read: (data) => ({ capabilityId: field(data, "capabilityId") }),
    audit: ({ capabilityId }) => ({ action: "capability.delete", entityType: "capability", entityId: capabilityId }),
    mutate: ({ capabilityId }) => async (tx, tool) => {
      ownCapability(tool, capabilityId);
      await tx.capability.delete({ where: { id: capabilityId } });
      await renumber(tx, tool.capabilities.map((capability) => capability.id).filter((id) => id !== capabilityId));
    },
    saved: () => "Capability removed.",
  });
}
