import { z } from "zod";
import { today } from "@/lib/dates";
import { evidenceSchema } from "./enums";

/** A calendar date written as YYYY-MM-DD. */
export const isoDateSchema = z.iso.date({ error: "must be a date written YYYY-MM-DD" });

/** A date that has happened: what a source says was true on it. */
export const pastDateSchema = isoDateSchema.refine((value) => value <= today(), { error: "must not be in the future" });

export const httpUrlSchema = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

/**
 * Where a fact comes from: the page or file it was read from, that source's
 * own date (not the day it was copied), the day someone checked it, how it is
 * known, and the dataset it came through, if any.
 */
export const sourceSchema = z
  .object({
    url: httpUrlSchema,
    date: pastDateSchema,
    checkedAt: pastDateSchema,
    kind: evidenceSchema,
    via: z.string().trim().min(1).max(200).nullable().default(null),
  })
  .refine((source) => source.date <= source.checkedAt, { path: ["date"], error: "must not be after checkedAt" });

export type SourceInput = z.infer<typeof sourceSchema>;
