import type { HighlightPart } from "@/lib/search/types";

/**
 * Text with the words that matched the search in <mark> (styled once by the
 * results list), rendered as text, never as HTML.
 */
export function MarkedText({ parts }: { parts: HighlightPart[] }) {
  return <>{parts.map((part, index) => (part.hit ? <mark key={index}>{part.text}</mark> : part.text))}</>;
}

/** Classes for a container whose <mark> descendants show search matches. */
export const MARKS_STYLE = "[&_mark]:rounded-sm [&_mark]:bg-amber-200 [&_mark]:px-0.5 [&_mark]:text-zinc-950 dark:[&_mark]:bg-amber-300";
