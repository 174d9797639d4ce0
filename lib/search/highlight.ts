/** A piece of text, marked when it matched the search. React renders it escaped, as text. */
export type HighlightPart = { text: string; hit: boolean };

// Private-use characters: they never occur in catalogue text, so ts_headline
// can wrap matches in them and nothing else can fake a mark.
export const MARK_START = "\uE000";
export const MARK_END = "\uE001";

/** ts_headline options that wrap every match in the markers above. */
export const HEADLINE_WHOLE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
export const HEADLINE_EXCERPT = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=26, MinWords=12, ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "`;

/** Splits ts_headline output into plain and marked parts, merging neighbours of the same kind. */
export function splitMarked(marked: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  const push = (text: string, hit: boolean) => {
    if (!text) return;
    const last = parts.at(-1);
    if (last && last.hit === hit) last.text += text;
    else parts.push({ text, hit });
  };
  let hit = false;
  let start = 0;
  for (let index = 0; index < marked.length; index++) {
    const char = marked[index];
    if (char !== MARK_START && char !== MARK_END) continue;
    push(marked.slice(start, index), hit);
    hit = char === MARK_START;
    start = index + 1;
  }
  push(marked.slice(start), hit);
  return parts;
}

/** Unmarked text as parts, for places nothing matched. */
export function plainParts(text: string): HighlightPart[] {
  return text ? [{ text, hit: false }] : [];
}
