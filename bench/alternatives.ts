// Quality of the alternatives the match graph gives, against labels of what a
// knowledgeable person would accept: precision@3, nDCG@10 and the share of
// tools with at least 2 acceptable alternatives among their first 3.
//
//   npm run bench:alternatives [-- --verbose]
//
// Two catalogues: the fixed fixture in tests/fixtures/alternatives (the
// regression test holds its figures) and today's seeds/ with
// tests/fixtures/alternatives/seed-labels.json. Each is also scored with the
// previous rule (links = number of shared tags) for comparison. In memory:
// no database needed; the same computeNeighbours the neighbour table stores.
import { parseArgs } from "node:util";
import { computeNeighbours } from "@/lib/matching/neighbours";
import { linkToolsFromSeeds, tagNamesOf } from "@/lib/matching/from-seeds";
import type { LinkTool } from "@/lib/matching/strength";
import { loadSeedCatalogue } from "@/lib/seeds/load";
import { FIXTURE_TAGS, fixtureTools } from "@/tests/fixtures/alternatives/catalogue";
import { FIXTURE_LABELS, measure, readLabels, SEED_LABELS, type Labels, type Quality } from "@/tests/support/alternatives-quality";

const { values: args } = parseArgs({ options: { verbose: { type: "boolean", default: false } } });

/** The rule before this one: most shared tags first, then name. */
function sharedTagCount(tools: readonly LinkTool[]) {
  return (slug: string) => {
    const me = tools.find((tool) => tool.slug === slug);
    if (!me) return null;
    const mine = new Set(me.tags);
    return tools
      .filter((tool) => tool.id !== me.id)
      .map((tool) => ({ tool, shared: tool.tags.filter((tag) => mine.has(tag)).length }))
      .filter((entry) => entry.shared > 0)
      .sort((a, b) => b.shared - a.shared || a.tool.name.localeCompare(b.tool.name))
      .map((entry) => entry.tool.slug);
  };
}

function weighted(tools: readonly LinkTool[], tagNames: ReadonlyMap<string, string>) {
  const neighbours = computeNeighbours(tools, { tagNames });
  const bySlug = new Map(tools.map((tool) => [tool.slug, tool.id]));
  return (slug: string) => {
    const id = bySlug.get(slug);
    return id === undefined ? null : (neighbours.get(id) ?? []).map((neighbour) => neighbour.slug);
  };
}

const percent = (value: number) => `${(100 * value).toFixed(1)}%`;

function report(name: string, labels: Labels, tools: readonly LinkTool[], tagNames: ReadonlyMap<string, string>) {
  const rows: [string, Quality][] = [
    ["shared-tag count (before)", measure(labels, sharedTagCount(tools))],
    ["matchStrength (now)", measure(labels, weighted(tools, tagNames))],
  ];
  const kinds = new Set(Object.keys(labels).flatMap((slug) => tools.filter((tool) => tool.slug === slug).map((tool) => tool.kind)));
  console.log(`\n${name}: ${tools.length} tools, ${Object.keys(labels).length} labelled across ${kinds.size} kinds`);
  console.table(Object.fromEntries(rows.map(([rule, q]) => [rule, { "precision@3": q.precisionAt3.toFixed(3), "nDCG@10": q.ndcgAt10.toFixed(3), "≥2 of first 3": percent(q.twoOfThree), tools: q.tools }])));
  const now = rows[1]![1];
  if (now.unknown.length) console.log(`  labelled but not in the catalogue: ${now.unknown.join(", ")}`);
  if (args.verbose || now.misses.length <= 10) for (const miss of now.misses) console.log(`  below 2 of 3: ${miss.slug} → ${miss.first3.join(", ")}`);
}

const fixture = fixtureTools();
report("Fixture catalogue (tests/fixtures/alternatives)", await readLabels(FIXTURE_LABELS), linkToolsFromSeeds(fixture), tagNamesOf(FIXTURE_TAGS));
const seeds = await loadSeedCatalogue();
report("Seeded catalogue (seeds/)", await readLabels(SEED_LABELS), linkToolsFromSeeds(seeds.tools), tagNamesOf(seeds.tags));
