export function Verdict({ sentences }: { sentences: string[] }) {
  return (
    <section aria-labelledby="verdict-heading" className="card border-accent/40 bg-accent-soft/40 dark:bg-sky-950/30">
      <h2 id="verdict-heading" className="mb-2 text-lg">
        Verdict
      </h2>
      <p data-testid="verdict">{sentences.join(" ")}</p>
      <p className="muted mt-2 text-sm">Written from the numbers in the table above; see how Rank works for the formula.</p>
    </section>
  );
}
