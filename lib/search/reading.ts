import type { PricingModel } from "@/lib/schemas/enums";

/**
 * What a search's words ask for beyond words to match, read the way people
 * mean them: "vllm alternative" asks for vLLM's alternatives, "open source
 * vector database" for a filter plus words, "cheapest LLM" for an order.
 * Pure: resolving names to tools is the search's job (lib/search/search.ts).
 */
export type QueryReading = {
  /** The words left to match once the readings are taken out (undefined: none). */
  text: string | undefined;
  /** "alternatives to X", "X alternative", "like X": the X as typed. */
  alternativesOf: string | null;
  /** "cheaper than X": the X as typed. */
  cheaperThan: string | null;
  /** "cheapest": order by starting price. */
  cheapest: boolean;
  /** Filters the words name. */
  pricing: PricingModel | null;
  free: "yes" | null;
  tags: string[];
};

/** The capability tag "self-hosted" and its spellings stand for (a tag slug of the catalogue). */
export const SELF_HOSTABLE_TAG = "self-hostable";

const WHOLE_QUERY_READINGS: { pattern: RegExp; field: "alternativesOf" | "cheaperThan" }[] = [
  { pattern: /^(?:alternatives?|competitors?|replacements?)\s+(?:to|for|of)\s+(.+)$/, field: "alternativesOf" },
  { pattern: /^(.+?)\s+(?:alternatives?|competitors?|replacements?)$/, field: "alternativesOf" },
  { pattern: /^(?:tools?\s+)?(?:like|similar\s+to)\s+(.+)$/, field: "alternativesOf" },
  { pattern: /^(?:\w+\s+)?(?:cheaper|less\s+expensive)\s+than\s+(.+)$/, field: "cheaperThan" },
];

const WORD_READINGS: { pattern: RegExp; apply: (reading: QueryReading) => void }[] = [
  { pattern: /\bopen[\s-]?source(?:d)?\b/g, apply: (reading) => (reading.pricing = "open_source") },
  { pattern: /\bself[\s-]?host(?:ed|able|ing)?\b|\bon[\s-]?prem(?:ise|ises)?\b/g, apply: (reading) => reading.tags.push(SELF_HOSTABLE_TAG) },
  { pattern: /\bfree\b/g, apply: (reading) => (reading.free = "yes") },
  { pattern: /\bcheapest\b/g, apply: (reading) => (reading.cheapest = true) },
];

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/** Reads a search's words; the words of each reading are taken out of `text`. */
export function readQuery(q: string | undefined): QueryReading {
  const reading: QueryReading = { text: undefined, alternativesOf: null, cheaperThan: null, cheapest: false, pricing: null, free: null, tags: [] };
  let rest = squash((q ?? "").toLowerCase());
  // Filter words first, so "open source alternatives to X" still reads as alternatives.
  for (const { pattern, apply } of WORD_READINGS) {
    const replaced = rest.replace(pattern, " ");
    if (replaced === rest) continue;
    apply(reading);
    rest = squash(replaced);
  }
  for (const { pattern, field } of WHOLE_QUERY_READINGS) {
    const match = pattern.exec(rest);
    if (!match?.[1]) continue;
    reading[field] = squash(match[1]);
    rest = "";
    break;
  }
  reading.text = rest || undefined;
  return reading;
}

/** Whether the words asked for anything beyond words to match. */
export function hasReadings(reading: QueryReading): boolean {
  return Boolean(reading.alternativesOf || reading.cheaperThan || reading.cheapest || reading.pricing || reading.free || reading.tags.length);
}
