import { checkToolData, duplicateApiOffers } from "@/lib/catalog/data-checks";
import { deriveCapabilities, type DerivableTool } from "@/lib/catalog/derived";
import type { CapabilityInput, CapabilityTagInput, ToolSeed } from "@/lib/schemas/tool";
import type { SeedProblem } from "./load";

export const SEED_RULES = { minCapabilities: 6, minTagsPerTool: 3, minToolsPerTag: 2, nearDuplicate: 0.6, minTools: 250, minHandWritten: 80 } as const;

const PLACEHOLDER = /lorem ipsum|\b(TODO|TBD|FIXME|XXX)\b|placeholder text|description goes here/i;

function words(text: string): string[] {
  return text.toLowerCase().replace(/[^a-z0-9 ]+/g, " ").split(/\s+/).filter(Boolean);
}

/** Word 3-grams: two texts that share most of them say the same thing in the same words. */
function shingles(text: string): Set<string> {
  const list = words(text);
  const result = new Set<string>();
  for (let i = 0; i + 3 <= list.length; i++) result.add(list.slice(i, i + 3).join(" "));
  return result;
}

export function similarity(a: string, b: string): number {
  return overlap(shingles(a), shingles(b));
}

function overlap(sa: Set<string>, sb: Set<string>): number {
  if (sa.size === 0 || sb.size === 0) return 0;
  let shared = 0;
  for (const gram of sa) if (sb.has(gram)) shared++;
  return shared / Math.min(sa.size, sb.size);
}

type Text = { file: string; field: string; text: string };

function capabilityTexts(tool: ToolSeed): Text[] {
  return tool.capabilities.flatMap((capability, index) =>
    (["description", "unique", "vsAlternatives"] as const).map((key) => ({
      file: `tools/${tool.slug}.json`,
      field: `capabilities.${index}.${key}`,
      text: capability[key],
    })),
  );
}

/** Texts of different tools that overlap so much that one was copied from the other. */
export function findNearDuplicates(tools: readonly ToolSeed[], threshold: number = SEED_RULES.nearDuplicate): SeedProblem[] {
  const texts = tools
    .flatMap(capabilityTexts)
    .filter((entry) => words(entry.text).length >= 8)
    .map((entry) => ({ ...entry, grams: shingles(entry.text) }));
  const problems: SeedProblem[] = [];
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const [a, b] = [texts[i]!, texts[j]!];
      const score = overlap(a.grams, b.grams);
      if (score >= threshold) {
        problems.push({ file: a.file, field: a.field, message: `is ${Math.round(score * 100)}% the same words as ${b.file} ${b.field}` });
      }
    }
  }
  return problems;
}

/** The capabilities a tool will show: its own, or (with none) those derived from its facts and the catalogue. */
function shownCapabilities(tool: ToolSeed, catalogue: readonly DerivableTool[]): CapabilityInput[] {
  return tool.capabilities.length > 0 ? tool.capabilities : deriveCapabilities(tool, catalogue);
}

function toolProblems(tool: ToolSeed, knownTags: Set<string>, catalogue: readonly DerivableTool[]): SeedProblem[] {
  const file = `tools/${tool.slug}.json`;
  const problems: SeedProblem[] = [];
  const add = (field: string, message: string) => problems.push({ file, field, message });
  const handWritten = tool.capabilities.length;
  if (handWritten > 0 && handWritten < SEED_RULES.minCapabilities) add("capabilities", `has ${handWritten}, needs at least ${SEED_RULES.minCapabilities} (or none, to have them derived from facts)`);
  const shown = shownCapabilities(tool, catalogue);
  const tags = new Set(shown.flatMap((capability) => capability.tags));
  if (tags.size < SEED_RULES.minTagsPerTool) add("capabilities.*.tags", `uses ${tags.size} distinct tags${handWritten ? "" : " (derived from its facts)"}, needs at least ${SEED_RULES.minTagsPerTool}`);
  tool.capabilities.forEach((capability, index) =>
    capability.tags.forEach((tag) => knownTags.has(tag) || add(`capabilities.${index}.tags`, `"${tag}" is not in capability-tags.json`)),
  );
  for (const issue of checkToolData(tool)) if (issue.severity === "error") add(issue.field, issue.message);
  const texts = [tool.summary, ...capabilityTexts(tool).map((entry) => entry.text), ...tool.capabilities.map((c) => c.title)];
  if (texts.some((text) => PLACEHOLDER.test(text))) add("(text)", "contains placeholder text");
  return problems;
}

/** The catalogue rules beyond each file's schema: coverage, duplicates, dates, copied text. */
/** The catalogue's size rules; tests of other rules on a handful of tools turn them down. */
export type SizeRules = { minTools: number; minHandWritten: number };

export function checkCatalogue(tags: readonly CapabilityTagInput[], tools: readonly ToolSeed[], rules: Partial<SizeRules> = {}): SeedProblem[] {
  const { minTools, minHandWritten } = { ...SEED_RULES, ...rules };
  const knownTags = new Set(tags.map((tag) => tag.slug));
  const problems = tools.flatMap((tool) => toolProblems(tool, knownTags, tools));
  if (tools.length < minTools) problems.push({ file: "tools/", field: "(catalogue)", message: `has ${tools.length} tools, needs at least ${minTools}` });
  const written = tools.filter((tool) => tool.capabilities.length >= SEED_RULES.minCapabilities).length;
  if (written < minHandWritten) problems.push({ file: "tools/", field: "(catalogue)", message: `has ${written} tools with hand-written capabilities, needs at least ${minHandWritten}` });
  const slugs = new Set(tools.map((tool) => tool.slug));
  for (const tool of tools) {
    const successor = tool.status.successor;
    if (successor && !slugs.has(successor)) problems.push({ file: `tools/${tool.slug}.json`, field: "status.successor", message: `"${successor}" is not a tool in the catalogue` });
  }
  for (const { slug, key, owner } of duplicateApiOffers(tools)) problems.push({ file: `tools/${slug}.json`, field: "offers", message: `${key} is also an offer of ${owner}` });
  const names = new Map<string, string>();
  for (const tool of tools) {
    const key = tool.name.toLowerCase();
    if (names.has(key)) problems.push({ file: `tools/${tool.slug}.json`, field: "name", message: `is also the name of ${names.get(key)}` });
    names.set(key, `tools/${tool.slug}.json`);
  }
  const toolsPerTag = new Map<string, Set<string>>();
  for (const tool of tools) for (const capability of shownCapabilities(tool, tools)) for (const tag of capability.tags) toolsPerTag.set(tag, (toolsPerTag.get(tag) ?? new Set()).add(tool.slug));
  for (const tag of tags) {
    const count = toolsPerTag.get(tag.slug)?.size ?? 0;
    if (count < SEED_RULES.minToolsPerTag) problems.push({ file: "capability-tags.json", field: tag.slug, message: `is used by ${count} tools, needs at least ${SEED_RULES.minToolsPerTag}` });
  }
  return [...problems, ...findNearDuplicates(tools)];
}
