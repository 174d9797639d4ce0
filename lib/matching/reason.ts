import { TOOL_CATEGORY_LABELS, TOOL_KIND_LABELS, type ToolKind } from "@/lib/schemas/enums";
import { joinWords } from "@/lib/verdict";
import { comparedEvidence, relatedJobs, sharedTags, tagSpecificity, type LinkTool, type MatchGraphStats } from "./strength";

/** How many shared tags a reason names: the most specific ones. */
export const REASON_TAGS = 2;

/** Tags whose name does not read after "with" ("with self-hostable"). */
const TAG_PHRASES: Record<string, string> = {
  "self-hostable": "self-hosting",
  multilingual: "many languages",
  "openai-compatible-api": "an OpenAI-compatible API",
};

/** "Vector search" → "vector search"; acronyms ("IDE integration") keep their case. */
export function tagPhrase(slug: string, name: string): string {
  if (TAG_PHRASES[slug]) return TAG_PHRASES[slug];
  const [first = ""] = name.split(/[\s-]/);
  return /^[A-Z0-9]{2,}$/.test(first) ? name : name.charAt(0).toLowerCase() + name.slice(1);
}

export function plural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return noun.endsWith("s") ? noun : `${noun}s`;
}

const stemCache = new Map<string, string[]>();
function stems(text: string): string[] {
  let known = stemCache.get(text);
  if (!known) stemCache.set(text, (known = text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map((word) => word.slice(0, 5))));
  return known;
}

/** A tag the job's name already says ("speech to text" for speech-to-text models) adds nothing to "both are …". */
function saidByJob(tagName: string, jobs: readonly string[]): boolean {
  return stems(tagName).every((stem) => jobs.some((job) => stems(job).includes(stem)));
}

const kindNoun = (kind: ToolKind) => (kind === "api" ? "APIs" : plural(TOOL_KIND_LABELS[kind].toLowerCase()));
const withArticle = (noun: string) => `${/^[aeio]/i.test(noun) ? "an" : "a"} ${noun}`;

/**
 * What two tools share, in a few words, from the same data as their link:
 * "both are vector databases with vector search and self-hosting". Names
 * the job they share (or the neighbouring jobs, or the kind), then the most
 * specific capability tags they both carry.
 */
export function reasonFor(a: LinkTool, b: LinkTool, stats: MatchGraphStats, tagNames: ReadonlyMap<string, string>, reach = 0): string {
  const jobs = a.category === b.category || relatedJobs(a.category, b.category) ? [TOOL_CATEGORY_LABELS[a.category].one, TOOL_CATEGORY_LABELS[b.category].one] : [];
  const tags = sharedTags(a, b, stats)
    .filter((tag) => tagSpecificity(tag, stats) > 0 && !saidByJob(tagNames.get(tag) ?? tag, jobs))
    .slice(0, REASON_TAGS)
    .map((tag) => tagPhrase(tag, tagNames.get(tag) ?? tag));
  const withTags = tags.length ? ` with ${joinWords(tags)}` : "";
  const compared = comparedEvidence(reach) > 0 ? ", often compared" : "";
  if (a.category === b.category) return `both are ${plural(TOOL_CATEGORY_LABELS[a.category].one)}${withTags}${compared}`;
  if (relatedJobs(a.category, b.category)) {
    const jobs = `${withArticle(TOOL_CATEGORY_LABELS[a.category].one)} and ${withArticle(TOOL_CATEGORY_LABELS[b.category].one)}`;
    return `${jobs}${tags.length ? `, both${withTags}` : ""}${compared}`;
  }
  if (a.kind === b.kind) return `both are ${kindNoun(a.kind)}${withTags}${compared}`;
  if (tags.length) return `both${withTags}${compared}`;
  return compared ? "often compared" : "little in common";
}
