// One rule for "is this the same model?" across datasets and the catalogue:
// the provider's id of a model reduced to what names the model itself.
// "openai/gpt-4o-2024-08-06", "gpt-4o" and the slug "gpt-4o" share a key;
// "anthropic.claude-3-5-haiku-20241022-v1:0" and "claude-3.5-haiku" too.

/** Region and vendor prefixes some clouds put before a model id ("us.anthropic.", "meta."). */
const DOTTED_VENDOR = /^(?:(?:us|eu|apac|global)\.)?(?:anthropic|meta|amazon|mistral|cohere|ai21|deepseek|openai|qwen|writer|google|moonshotai|minimax|stability)\./;

/** Vendor names some catalogues put in front of a model's own name ("openai-o3", "cohere-command-r-plus"). */
const VENDOR_PREFIX = /^(?:openai|anthropic|google|cohere|xai|x-ai|amazon|microsoft|meta)-/;

/**
 * Snapshot and variant suffixes: Vertex's "@20241022", a router's ":free", a
 * ".0"/"-0" minor version ("claude-sonnet-4-0"), Bedrock's "-v1:0", "-latest",
 * dates, four-digit snapshots ("-2411", "-0613") and Google's "-001".
 */
const SUFFIXES = [
  /@[\w.-]+$/,
  /:[a-z]+$/,
  /(?<=\d)[.-]0$/,
  /-v\d+:\d+$/,
  /-latest$/,
  /-20\d{2}-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])$/,
  /-(?:0[1-9]|1[0-2])-20\d{2}$/,
  /-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
  /-\d{4}$/,
  /-0\d\d$/,
];

function stripSuffixes(id: string): string {
  let current = id;
  for (let changed = true; changed; ) {
    changed = false;
    for (const suffix of SUFFIXES) {
      const next = current.replace(suffix, "");
      if (next !== current && next.length > 0) {
        current = next;
        changed = true;
      }
    }
  }
  return current;
}

/** The normalised key of a model id or slug: lowercased, vendor prefixes and date/version suffixes stripped, dots as hyphens. */
export function modelKey(id: string): string {
  const lower = id.trim().toLowerCase();
  const name = lower.slice(lower.lastIndexOf("/") + 1).replace(DOTTED_VENDOR, "").replace(VENDOR_PREFIX, "");
  return stripSuffixes(name)
    .replace(/[._:\s]+/g, "-")
    .replace(/-+/g, "-")
    .replace(/^-|-$/g, "");
}
