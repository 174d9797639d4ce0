import type { CapabilityView } from "@/lib/catalog/types";

// Styled by the `.capability` rules in app/globals.css and linked with plain
// <a>: a comparison shows dozens of these, and every class name and client
// link is sent twice (in the HTML and in the page's RSC payload).
function SourceLinks({ urls }: { urls: readonly string[] }) {
  return urls.map((url, index) => (
    <span key={url}>
      {index > 0 && ", "}
      <a href={url} rel="noopener nofollow">
        {new URL(url).host}
      </a>
    </span>
  ));
}

/** The sources every capability cites, when they all cite the same ones: said once instead of under each. */
function sharedSources(capabilities: readonly CapabilityView[]): readonly string[] | null {
  const first = capabilities[0]?.sources ?? [];
  const same = (urls: readonly string[]) => urls.length === first.length && urls.every((url, index) => url === first[index]);
  return capabilities.length > 1 && first.length > 0 && capabilities.every((capability) => same(capability.sources)) ? first : null;
}

function CapabilityItem({ capability, withSources }: { capability: CapabilityView; withSources: boolean }) {
  return (
    <li className="capability" data-derived={capability.derived || undefined}>
      <h3>
        {capability.title}
        {capability.derived && (
          <span className="chip ml-2 align-middle font-normal" title="Written from the tool's structured facts and the rest of the catalogue, so it updates when the data does.">
            derived from facts
          </span>
        )}
      </h3>
      <p>{capability.description}</p>
      <p>
        <strong>Unique: </strong>
        {capability.unique}
      </p>
      <p>
        <strong>vs alternatives: </strong>
        {capability.vsAlternatives}
      </p>
      {withSources && capability.sources.length > 0 && (
        <p className="muted text-xs">
          {capability.sources.length === 1 ? "Source: " : "Sources: "}
          <SourceLinks urls={capability.sources} />
        </p>
      )}
      {capability.tags.length > 0 && (
        <ul aria-label="Capability tags">
          {capability.tags.map((tag) => (
            <li key={tag.slug}>
              <a className="chip" href={`/capabilities#${tag.slug}`}>
                {tag.name}
              </a>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * The first few capabilities, then the rest behind a native <details> that
 * opens in place — no JavaScript needed.
 */
export function CapabilityList({ capabilities, visible = 3 }: { capabilities: CapabilityView[]; visible?: number }) {
  const shown = capabilities.slice(0, visible);
  const hidden = capabilities.slice(visible);
  const shared = sharedSources(capabilities);
  return (
    <div className="space-y-3">
      {shared && (
        <p className="muted text-xs">
          {shared.length === 1 ? "Source of every capability listed: " : "Sources of every capability listed: "}
          <SourceLinks urls={shared} />
        </p>
      )}
      <ol className="space-y-3">
        {shown.map((capability) => (
          <CapabilityItem key={capability.id} capability={capability} withSources={!shared} />
        ))}
      </ol>
      {hidden.length > 0 && (
        <details className="group">
          <summary className="button-quiet cursor-pointer list-none">
            <span className="group-open:hidden">+{hidden.length} more capabilities</span>
            <span className="hidden group-open:inline">Show fewer capabilities</span>
          </summary>
          <ol className="mt-3 space-y-3" start={visible + 1}>
            {hidden.map((capability) => (
              <CapabilityItem key={capability.id} capability={capability} withSources={!shared} />
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}
