import { METHOD_VERSION } from "./method";

export type MethodChange = { version: string; date: string; changes: string[] };

/** Every version of the Rank method, newest first; /methodology prints it and score history charts mark each. */
export const METHOD_CHANGELOG: readonly MethodChange[] = [
  {
    version: "2026-12.1",
    date: "2026-12-01",
    changes: [
      "A sub-score with no evidence is “no data”, no longer 0, and Rank is computed from the sub-scores that have evidence, their weights re-normalised.",
      "Rank carries its coverage (how many of the five dimensions have evidence) and an uncertainty band; below 4 of 5 it is provisional.",
      "Sub-scores are compared within the tool's kind: models with models, libraries with libraries.",
      "Freshness, the fifth dimension: the age of the evidence and the tool's lifecycle status. Retired tools have no current Rank.",
      "Weights: Adoption 35% → 30%, Ecosystem 20% → 15%, Match Graph 15% → 10%, Freshness 15%.",
      "Match Graph reads the weighted match graph (lib/matching/strength.ts: tag specificity, same job, same kind, comparisons people open) instead of counting shared tags.",
    ],
  },
  {
    version: "2026-11.1",
    date: "2026-11-26",
    changes: ["First published method: four sub-scores (Adoption 35%, Quality 30%, Ecosystem 20%, Match Graph 15%); missing evidence scored 0."],
  },
];

if (METHOD_CHANGELOG[0]!.version !== METHOD_VERSION) throw new Error(`METHOD_CHANGELOG must start with the current method version ${METHOD_VERSION}`);

/** The date a method version took effect, for marking it on charts. */
export const methodDate = (version: string) => METHOD_CHANGELOG.find((entry) => entry.version === version)?.date ?? null;
