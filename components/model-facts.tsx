import { formatFact } from "@/lib/facts";
import { FACT_LABELS, FACT_NAMES, type FactsInput } from "@/lib/schemas/facts";
import { SourceLink } from "./source-link";

/** A model's structured facts, each with its source. */
export function ModelFacts({ facts }: { facts: FactsInput }) {
  const present = FACT_NAMES.filter((name) => facts[name]);
  if (present.length === 0) return null;
  return (
    <section aria-labelledby="facts-heading" className="space-y-3">
      <h2 id="facts-heading" className="text-xl">Model facts</h2>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        {present.map((name) => (
          <div key={name} className="contents">
            <dt className="muted">{FACT_LABELS[name]}</dt>
            <dd>
              {formatFact(name, facts[name]!.value)} <SourceLink source={facts[name]!.source} />
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
