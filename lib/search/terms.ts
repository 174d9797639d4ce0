import { categoryToRow, TOOL_CATEGORIES, TOOL_CATEGORY_LABELS, type ToolCategory } from "@/lib/schemas/enums";
import { slugify } from "@/lib/slug";

/** A free-text search turned into what the SQL needs. */
export type TextSearch = {
  /** The words as typed (normalised), for trigram similarity against names. */
  phrase: string;
  /**
   * What the query asks for, one `to_tsquery('english', …)` expression per
   * typed word (with its synonyms), per pair of words written together, and
   * for the words as a phrase. A tool's relevance grows with how many of these
   * it covers, rarer ones counting more.
   */
  concepts: string[];
  /** Parallel to concepts: true for the words-as-a-phrase concept, which only short documents are checked for. */
  phrases: boolean[];
  /** Parallel to concepts: the single words each may match (typed word, one-word synonyms, joined words), to estimate how common it is. */
  conceptWords: string[];
  /** How many of the concepts, first in the list, stand for typed words (the rest join words or make a phrase). */
  wordConcepts: number;
  /** Every concept OR-ed: what a document must match to be a hit at all. */
  tsquery: string;
  /** Typed words long enough to be looked for in names with typos… */
  nameWords: string[];
  /** …and, parallel to them, the 1-based position in `concepts` of each word's own concept (they share a rarity). */
  nameWordConcepts: number[];
  /** More words than a name has: a sentence, whose words the catalogue holds are meant as words, not as mistyped names. */
  sentence: boolean;
  /** The words as a slug ("gpt-5"): a tool with exactly that slug was searched by its name. */
  slug: string;
  /** The category the words name on their own ("LLM", "coding agent"), as stored in search documents; its tools rank first among the hits. */
  category: string | null;
};

const MAX_WORDS = 12;
const MAX_WORD_LENGTH = 40;
/** Prefix matching from this length on: "lang" finds LangChain, but "ai" does not find "air". */
const PREFIX_FROM = 4;
/** Words shorter than this have too few trigrams to be told apart from typos of other words. */
const TYPO_FROM = 4;
/** Both words at least this long before their joined form is looked for with typos. */
const JOIN_TYPOS_FROM = 3;
/** Short queries are usually (mistyped) names: look for their words written together too. */
const JOIN_WORDS_UP_TO = 3;
const PHRASE_WORDS = { min: 2, max: 4 };

/**
 * Words people use for a need that the catalogue writes differently. Kept
 * small and literal; each adds alternatives to the typed word, never removes it.
 * Multi-word alternatives are phrases.
 */
const SYNONYMS: Record<string, string[]> = {
  llm: ["language model", "text generation"],
  llms: ["language model", "text generation"],
  cheap: ["cheaper", "cheapest", "inexpensive", "affordable", "low cost"],
  inexpensive: ["cheap", "cheaper", "cheapest", "affordable", "low cost"],
  json: ["structured output", "schema"],
  rag: ["retrieval augmented"],
  finetune: ["fine tune", "fine tuning"],
  finetuning: ["fine tuning"],
  tts: ["text to speech"],
  stt: ["speech to text", "transcription"],
  transcribe: ["transcription", "transcript"],
  photo: ["image"],
  photos: ["images"],
  picture: ["image"],
  pictures: ["images"],
  selfhosted: ["self hostable", "self hosted"],
  offline: ["local"],
};

const prefixed = (word: string) => (word.length >= PREFIX_FROM ? `${word}:*` : word);
const asPhrase = (words: readonly string[]) => words.join(" <-> ");

// Multi-word synonyms ask for all their words (&), not the exact phrase:
// GIN answers that from the index alone, a phrase needs every document read.
function alternatives(word: string): string {
  const extra = (SYNONYMS[word] ?? []).map((synonym) => {
    const parts = synonym.split(" ");
    return parts.length > 1 ? `(${parts.join(" & ")})` : prefixed(synonym);
  });
  return [prefixed(word), ...extra].join(" | ");
}

/**
 * Splits free text into search concepts: letters and digits only (so nothing
 * typed can change the tsquery's syntax), stop words left to PostgreSQL's
 * English configuration. Returns null when nothing searchable is left.
 */
export function parseSearchText(input: string | undefined): TextSearch | null {
  if (!input) return null;
  const words = (input.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])
    .slice(0, MAX_WORDS)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
  if (words.length === 0) return null;
  const sentence = words.length > PHRASE_WORDS.max;
  // In a sentence, a bare number ("5 photos") says little and would match
  // version numbers in names ("3.5"); in a short, name-like query it is part of the name.
  const searched = sentence ? words.filter((word) => !/^\p{N}+$/u.test(word)) : words;
  const singleWords = new Map<string, string>();
  for (const word of searched.length ? searched : words) singleWords.set(alternatives(word), [word, ...(SYNONYMS[word] ?? []).filter((synonym) => !synonym.includes(" "))].join(" "));
  const concepts = new Set(singleWords.keys());
  const wordConcepts = concepts.size;
  // Each word looked for with typos, with the concept it shares a rarity with.
  const nameWords = new Map(words.filter((word) => word.length >= TYPO_FROM).map((word) => [word, alternatives(word)]));
  if (words.length <= JOIN_WORDS_UP_TO) {
    for (let index = 1; index < words.length; index++) {
      const [before, after] = [words[index - 1]!, words[index]!];
      concepts.add(prefixed(before + after));
      singleWords.set(prefixed(before + after), before + after);
      // "lama indx" is a typo of one name, LlamaIndex; "to text" is not.
      if (before.length >= JOIN_TYPOS_FROM && after.length >= JOIN_TYPOS_FROM) nameWords.set(before + after, prefixed(before + after));
    }
  }
  const list = [...concepts];
  const phrases = list.map(() => false);
  const conceptWords = list.map((concept) => singleWords.get(concept) ?? "");
  if (words.length >= PHRASE_WORDS.min && words.length <= PHRASE_WORDS.max) {
    list.push(asPhrase(words));
    phrases.push(true);
    conceptWords.push("");
  }
  return {
    phrase: words.join(" "),
    concepts: list,
    phrases,
    conceptWords,
    wordConcepts,
    tsquery: list.map((concept) => `(${concept})`).join(" | "),
    nameWords: [...nameWords.keys()],
    nameWordConcepts: [...nameWords.values()].map((concept) => list.indexOf(concept) + 1),
    sentence,
    slug: slugify(words.join(" ")),
    category: categoryOf(input),
  };
}

const bareWords = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim().replace(/s$/, "");

/** The category the words name on their own ("LLM", "image models", "speech to text"), if any. */
export function categoryNamed(text: string | undefined): ToolCategory | null {
  if (!text) return null;
  const typed = bareWords(text);
  return TOOL_CATEGORIES.find((category) => bareWords(category) === typed || bareWords(TOOL_CATEGORY_LABELS[category].one) === typed) ?? null;
}

function categoryOf(text: string): string | null {
  const named = categoryNamed(text);
  return named && categoryToRow(named);
}
