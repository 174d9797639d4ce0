import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

// Measures ranked alternatives against labels (slug → the alternatives a
// knowledgeable person would accept). Used by `npm run bench:alternatives`
// and by the test that fails when the figures drop.

export const labelsSchema = z.record(z.string(), z.array(z.string()).min(1));
export type Labels = z.infer<typeof labelsSchema>;

export const FIXTURE_LABELS = path.join(process.cwd(), "tests/fixtures/alternatives/labels.json");
export const SEED_LABELS = path.join(process.cwd(), "tests/fixtures/alternatives/seed-labels.json");

export async function readLabels(file: string): Promise<Labels> {
  return labelsSchema.parse(JSON.parse(await readFile(file, "utf8")));
}

export function precisionAt(ranked: readonly string[], acceptable: ReadonlySet<string>, k: number): number {
  return ranked.slice(0, k).filter((slug) => acceptable.has(slug)).length / k;
}

/** Binary-relevance nDCG: the ideal ranking puts every acceptable tool first. */
export function ndcgAt(ranked: readonly string[], acceptable: ReadonlySet<string>, k: number): number {
  const gain = (hits: boolean[]) => hits.reduce((sum, hit, index) => sum + (hit ? 1 / Math.log2(index + 2) : 0), 0);
  const ideal = gain(Array.from({ length: Math.min(k, acceptable.size) }, () => true));
  return ideal === 0 ? 0 : gain(ranked.slice(0, k).map((slug) => acceptable.has(slug))) / ideal;
}

export type Quality = {
  tools: number;
  precisionAt3: number;
  ndcgAt10: number;
  /** Share of labelled tools with at least 2 acceptable alternatives among their first 3. */
  twoOfThree: number;
  misses: { slug: string; first3: string[] }[];
  /** Labelled slugs the catalogue does not hold (a stale label file). */
  unknown: string[];
};

/** `alternatives(slug)` lists a tool's alternatives, closest first; null for a slug not in the catalogue. */
export function measure(labels: Labels, alternatives: (slug: string) => readonly string[] | null): Quality {
  const rows: { slug: string; p3: number; ndcg: number; first3: string[] }[] = [];
  const unknown: string[] = [];
  for (const [slug, accepted] of Object.entries(labels)) {
    const ranked = alternatives(slug);
    if (!ranked) {
      unknown.push(slug);
      continue;
    }
    const acceptable = new Set(accepted);
    rows.push({ slug, p3: precisionAt(ranked, acceptable, 3), ndcg: ndcgAt(ranked, acceptable, 10), first3: ranked.slice(0, 3) });
  }
  const mean = (values: number[]) => (values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0);
  const good = rows.filter((row) => row.p3 >= 2 / 3 - 1e-9);
  return {
    tools: rows.length,
    precisionAt3: mean(rows.map((row) => row.p3)),
    ndcgAt10: mean(rows.map((row) => row.ndcg)),
    twoOfThree: rows.length ? good.length / rows.length : 0,
    misses: rows.filter((row) => !good.includes(row)).map(({ slug, first3 }) => ({ slug, first3 })),
    unknown,
  };
}
