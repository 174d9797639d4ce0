import { z } from "zod";
import { modalitySchema } from "./enums";
import { pastDateSchema, sourceSchema } from "./source";

/** Structured facts about a model, each a value with its source; the seed files spell the keys in camelCase. */
export const FACT_VALUE_SCHEMAS = {
  contextWindow: z.number().int().positive(),
  maxOutputTokens: z.number().int().positive(),
  inputModalities: z.array(modalitySchema).min(1),
  outputModalities: z.array(modalitySchema).min(1),
  openWeights: z.boolean(),
  releaseDate: pastDateSchema,
  knowledgeCutoff: z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/, { error: "must be YYYY-MM or YYYY-MM-DD" }),
  toolCalling: z.boolean(),
  reasoning: z.boolean(),
} as const;

export type FactName = keyof typeof FACT_VALUE_SCHEMAS;
export const FACT_NAMES = Object.keys(FACT_VALUE_SCHEMAS) as FactName[];
export type FactValues = { [K in FactName]: z.infer<(typeof FACT_VALUE_SCHEMAS)[K]> };

/** The database's name for each fact. */
export const FACT_KEYS = {
  contextWindow: "context_window",
  maxOutputTokens: "max_output_tokens",
  inputModalities: "input_modalities",
  outputModalities: "output_modalities",
  openWeights: "open_weights",
  releaseDate: "release_date",
  knowledgeCutoff: "knowledge_cutoff",
  toolCalling: "tool_calling",
  reasoning: "reasoning",
} as const satisfies Record<FactName, string>;

export const factNameOfKey = (key: string): FactName => FACT_NAMES.find((name) => FACT_KEYS[name] === key)!;

export const FACT_LABELS: Record<FactName, string> = {
  contextWindow: "Context window",
  maxOutputTokens: "Max output",
  inputModalities: "Input",
  outputModalities: "Output",
  openWeights: "Open weights",
  releaseDate: "Released",
  knowledgeCutoff: "Knowledge cutoff",
  toolCalling: "Tool calling",
  reasoning: "Reasoning mode",
};

const entry = <S extends z.ZodType>(value: S) => z.object({ value, source: sourceSchema }).optional();
const V = FACT_VALUE_SCHEMAS;

export const factsSchema = z
  .object({
    contextWindow: entry(V.contextWindow),
    maxOutputTokens: entry(V.maxOutputTokens),
    inputModalities: entry(V.inputModalities),
    outputModalities: entry(V.outputModalities),
    openWeights: entry(V.openWeights),
    releaseDate: entry(V.releaseDate),
    knowledgeCutoff: entry(V.knowledgeCutoff),
    toolCalling: entry(V.toolCalling),
    reasoning: entry(V.reasoning),
  })
  .strict();

export type FactsInput = z.infer<typeof factsSchema>;
export type FactEntry<K extends FactName = FactName> = { value: FactValues[K]; source: z.infer<typeof sourceSchema> };
