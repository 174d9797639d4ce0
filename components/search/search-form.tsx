import { SearchBox } from "./search-box";

/** A plain GET form: works without JavaScript, and the URL holds the whole search; the field suggests as you type once scripts run. */
export function SearchForm({ q, autoFocus = false }: { q?: string; autoFocus?: boolean }) {
  return (
    <form method="get" action="/search" role="search" className="flex flex-col gap-2 sm:flex-row">
      <label htmlFor="search-q" className="sr-only">
        Describe what you need or name a tool
      </label>
      <SearchBox q={q} autoFocus={autoFocus} placeholder="e.g. fine-tune an image model on 5 photos of my dog" />
      <button type="submit" className="button">
        Search
      </button>
    </form>
  );
}
