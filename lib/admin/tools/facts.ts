import { z } from "zod";
import type { AdminUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sourceToColumns } from "@/lib/catalog/fact-rows";
import { FACT_KEYS, FACT_NAMES, FACT_VALUE_SCHEMAS, type FactName } from "@/lib/schemas/facts";
import { sourceSchema } from "@/lib/schemas/tool";
import type { FormState } from "../form-state";
import { field, readSource, runToolForm } from "./form-input";

// A structured fact (context window, modalities…) is typed as text in one
// field: numbers as digits, lists comma-separated, yes/no for booleans.

const factNameSchema = z.enum(FACT_NAMES as [FactName, ...FactName[]], { error: "is not a known fact" });

function parseValue(name: FactName, raw: string): unknown {
  const text = raw.trim();
  const schema = FACT_VALUE_SCHEMAS[name];
  if (schema instanceof z.ZodNumber) return text === "" ? undefined : Number(text.replaceAll(",", ""));
  if (schema instanceof z.ZodBoolean) return text === "yes" ? true : text === "no" ? false : text;
  if (schema instanceof z.ZodArray) return text.split(",").map((item) => item.trim()).filter(Boolean);
  return text;
}

const factFormSchema = z
  .object({ name: factNameSchema, value: z.unknown(), source: sourceSchema })
  .superRefine((fact, ctx) => {
    const result = FACT_VALUE_SCHEMAS[fact.name].safeParse(fact.value);
    if (!result.success) ctx.addIssue({ code: "custom", path: ["value"], message: result.error.issues[0]?.message ?? "is not valid" });
  });

export function setFact(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: factFormSchema,
    read: (data) => {
      const name = factNameSchema.safeParse(field(data, "name"));
      return { name: field(data, "name"), value: name.success ? parseValue(name.data, field(data, "value") ?? "") : undefined, source: readSource(data) };
    },
    audit: ({ name }) => ({ action: "fact.set", entityType: "fact", entityId: name }),
    mutate: ({ name, value, source }) => async (tx, tool) => {
      const key = FACT_KEYS[name];
      const data = { value: value as Prisma.InputJsonValue, ...sourceToColumns(source) };
      await tx.toolFact.upsert({ where: { toolId_key: { toolId: tool.id, key } }, create: { toolId: tool.id, key, ...data }, update: data });
    },
    saved: ({ name }) => `Fact “${name}” saved.`,
  });
}

export function removeFact(user: AdminUser, _state: FormState, formData: FormData) {
  return runToolForm(user, formData, {
    schema: z.object({ name: factNameSchema }),
    read: (data) => ({ name: field(data, "name") }),
    audit: ({ name }) => ({ action: "fact.delete", entityType: "fact", entityId: name }),
    mutate: ({ name }) => async (tx, tool) => {
      await tx.toolFact.deleteMany({ where: { toolId: tool.id, key: FACT_KEYS[name] } });
    },
    saved: ({ name }) => `Fact “${name}” removed.`,
  });
}
