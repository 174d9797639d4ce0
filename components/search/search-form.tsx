/** A plain GET form: works without JavaScript, and the URL holds the whole search. */
export function SearchForm({ q, autoFocus = false }: { q?: string; autoFocus?: boolean }) {
  return (
    <form method="get" action="/search" role="search" className="flex flex-col gap-2 sm:flex-row">
      <label htmlFor="search-q" className="sr-only">
        Describe what you need or name a tool
      </label>
      <input
        id="search-q"
        name="q"
        type="search"
        defaultValue={q}
        maxLength={200}
        autoFocus={autoFocus}
        className="field min-w-0 flex-1"
        placeholder="e.g. fine-tune an image model on 5 photos of my dog"
      />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}
