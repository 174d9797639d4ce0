import { Prisma } from "@/lib/generated/prisma/client";
import { CATALOGUE_SIZE, type CommonElements } from "./statistics";
import type { TextSearch } from "./terms";

// Each candidate source is a SQL fragment yielding (tool_id, relevance,
// by_name) over the per-tool search documents (table tool_search, see the
// tool_search_documents migration), published or not; result-set.ts filters,
// orders and pages. No statement here reads the tool or capability tables.

/** How much a query concept found in each place counts, times the concept's rarity. */
export const RELEVANCE_WEIGHTS = {
  /** In the tool's name or slug. */
  name: 2,
  /** A typed word resembling a word of the name (typos), times word_similarity. */
  typo: 2.5,
  /** The whole query resembling the vendor's name, times word_similarity. */
  vendor: 1,
  /** In the name of a capability tag the tool carries. */
  tag: 1.5,
  /** A capability tag named in full by the query ("speech to text"). */
  namedTag: 2,
  /** Anywhere in the tool's document (summary, capabilities, tags, vendor). */
  text: 1,
  /** The words are the tool's slug ("gpt-5", "llama.cpp"): its own name, typed in full. */
  exactName: 4,
  /** Added, not times rarity: the tool is of the category the words name on their own ("LLM", "vector database"). */
  namedCategory: 5,
  /** Tie-breaker among the best candidates: ts_rank of the whole document (title-like places weigh more). */
  refine: 1,
} as const;

/** The lowest word_similarity of the whole query to a name or vendor that counts: "antropic" is 0.58 from "Anthropic". */
export const TRIGRAM_THRESHOLD = 0.5;
/** The same for one typed word of four letters or more against a name: "flsh" is 0.4 from "Flash", "gemni" 0.5 from "Gemini". */
export const TYPO_THRESHOLD = 0.4;

/**
 * A concept found in more documents than this (0.4% of a 100,000-tool catalogue:
 * "model", "run") tells nothing about which of them is meant, so it adds no
 * relevance there; it still makes them hits. This bounds the rows a search
 * scores, whatever the catalogue's size: the early limit of the design.
 */
export const SCORED_PER_CONCEPT = 400;

/**
 * The whole query is compared with at most this many names that resemble
 * it at the typo threshold, for the few that resemble it at
 * TRIGRAM_THRESHOLD: "lang" resembles 10,000 synthetic "Lab" names at 0.4.
 * (Vendors are compared once each, in table search_vendor, whatever the
 * number of tools they make.)
 */
export const RESEMBLING_CHECKED = 2000;

/** How many of the best candidates get the ts_rank tie-breaker (reads their documents). */
export const REFINED_CANDIDATES = 60;

export function tsqueryOf(text: TextSearch): Prisma.Sql {
  return Prisma.sql`to_tsquery('english', ${text.tsquery})`;
}

/**
 * Per concept: its tsquery (computed once: as an expression it would be
 * parsed again for every tag it is compared with), whether it is the phrase,
 * the capability tags whose names it matches, and whether its document
 * lookup or its tags' carriers are among the common elements (more than
 * LOOKED_UP_TO tools: one of its single words, or a word they begin when it
 * looks for prefixes, or one of its tags); words the English configuration
 * drops ("an", "of") are no concept. And per capability tag the query names
 * in full, the same. Common table expressions.
 */
function conceptStatistics(text: TextSearch, common: CommonElements): Prisma.Sql {
  const lexemes = Prisma.sql`${common.lexemes}::text[]`;
  const tagIds = Prisma.sql`${common.tagIds}::int[]`;
  return Prisma.sql`
    tag_name AS MATERIALIZED (SELECT tag.id, ts_filter(tag.search_vector, '{a}') AS name FROM capability_tag tag),
    concept AS MATERIALIZED (
      SELECT c.i, c.q, tsq, c.phrase, tags.ids AS tags,
             EXISTS (SELECT FROM unnest(to_tsvector('english', c.words)) lexeme, unnest(${lexemes}) m
                     WHERE m = lexeme.lexeme OR (c.q LIKE '%:*%' AND m LIKE lexeme.lexeme || '%')) AS common_text,
             tags.ids && ${tagIds} AS common_tags
      FROM unnest(${text.concepts}::text[], ${text.phrases}::boolean[], ${text.conceptWords}::text[]) WITH ORDINALITY AS c(q, phrase, words, i)
      CROSS JOIN LATERAL to_tsquery('english', c.q) AS tsq
      CROSS JOIN LATERAL (SELECT coalesce(array_agg(tag.id), '{}') AS ids FROM tag_name tag WHERE tag.name @@ tsq) tags
      WHERE numnode(tsq) > 0
    ),
    named_tag AS MATERIALIZED (
      SELECT tag.id, tag.id = ANY(${tagIds}) AS common
      FROM capability_tag tag WHERE to_tsvector('english', ${text.phrase}::text) @@ phraseto_tsquery('english', tag.name)
    )`;
}

/**
 * One row per (signal, tier, tool) for every place the query was found, each
 * signal's lookup cut at SCORED_PER_CONCEPT + 1 rows (so it is known to be too
 * common; lookups the statistics show to be too common are not made, see
 * conceptStatistics). Signals: each concept (words, joined words, phrase) in names, tags
 * and documents; the whole query against names and vendors; each capability
 * tag the query names. A typed word's typos in names are added by typoHits.
 */
function signalHits(text: TextSearch): Prisma.Sql {
  const w = RELEVANCE_WEIGHTS;
  const cap = SCORED_PER_CONCEPT + 1;
  const phrase = Prisma.sql`${text.phrase}::text`;
  return Prisma.sql`
    SELECT concept.i AS key, found.tier, found.tool_id, found.weight
    FROM concept
    CROSS JOIN LATERAL (
      (SELECT 'name' AS tier, s.tool_id, ${w.name}::float8 AS weight FROM tool_search s WHERE s.name_document @@ concept.tsq LIMIT ${cap})
      UNION ALL
      (SELECT 'tag', s.tool_id, ${w.tag}::float8 FROM tool_search s
       WHERE NOT concept.phrase AND NOT concept.common_tags AND s.tag_ids && concept.tags LIMIT ${cap})
      UNION ALL
      (SELECT 'text', s.tool_id, ${w.text}::float8 FROM tool_search s
       WHERE NOT concept.phrase AND NOT concept.common_text AND s.document @@ concept.tsq LIMIT ${cap})
    ) found
    UNION ALL
    (SELECT 2000, 'typo', s.tool_id, ${w.typo} * s.similarity
     FROM (SELECT s.tool_id, word_similarity(${phrase}, s.name) AS similarity FROM tool_search s WHERE ${phrase} <% s.name LIMIT ${RESEMBLING_CHECKED}) s
     WHERE s.similarity >= ${TRIGRAM_THRESHOLD} LIMIT ${cap})
    UNION ALL
    (SELECT 2002, 'name', s.tool_id, ${w.exactName}::float8 FROM tool_search s WHERE s.slug = ${text.slug})
    UNION ALL
    (SELECT 2001, 'vendor', s.tool_id, ${w.vendor} * vendor.similarity
     FROM (SELECT v.vendor, word_similarity(${phrase}, v.vendor) AS similarity FROM search_vendor v WHERE ${phrase} <% v.vendor) vendor
     CROSS JOIN LATERAL (SELECT s.tool_id FROM tool_search s WHERE s.vendor = vendor.vendor LIMIT ${cap}) s
     WHERE vendor.similarity >= ${TRIGRAM_THRESHOLD} LIMIT ${cap})
    UNION ALL
    SELECT 3000 + tag.id, 'tag', carrier.tool_id, ${w.namedTag}::float8
    FROM named_tag tag
    CROSS JOIN LATERAL (SELECT s.tool_id FROM tool_search s WHERE NOT tag.common AND s.tag_ids @> ARRAY[tag.id] LIMIT ${cap}) carrier`;
}

/**
 * One row per (word, tool) whose name resembles a typed word (typos), counted
 * as that word's concept, cut like the other lookups. In a sentence only the
 * words the catalogue does not hold are looked for: a word found as it is
 * typed (`found`), or too common to be looked up, or one the English
 * configuration drops ("with") is not a mistyped name, and its resemblances
 * ("tune" and "Tundra") were most of a long query's lookups.
 */
function typoHits(text: TextSearch): Prisma.Sql {
  const unknownWord = Prisma.sql`EXISTS (SELECT FROM concept c WHERE c.i = word.concept AND NOT c.common_text AND NOT c.common_tags)
    AND NOT EXISTS (SELECT FROM found WHERE found.key = word.concept)`;
  return Prisma.sql`
    SELECT word.concept, 'typo', resembling.tool_id, ${RELEVANCE_WEIGHTS.typo} * word_similarity(word.w, resembling.name)
    FROM unnest(${text.nameWords}::text[], ${text.nameWordConcepts}::int[]) AS word(w, concept)
    CROSS JOIN LATERAL (SELECT s.tool_id, s.name FROM tool_search s WHERE word.w <% s.name LIMIT ${SCORED_PER_CONCEPT + 1}) resembling
    ${text.sentence ? Prisma.sql`WHERE ${unknownWord}` : Prisma.empty}`;
}

/**
 * The signal lookups (`hit`), and per tool they found (`scored`) the sum over
 * signals of the signal's rarity (ln(1 + tools / tools it was found in))
 * times the best weight it was found with, leaving out lookups that were too
 * common (no score at all when only those found it); its place by that
 * score; and whether it was searched by name: its name holds (or, with
 * typos, resembles) every typed word found anywhere, or the whole query
 * resembles its name. One row per candidate, so nothing is joined back to
 * it (a join the planner estimated at one row became a nested loop over all
 * of them). Common table expressions for textCandidates.
 */
function signalScores(text: TextSearch, common: CommonElements): Prisma.Sql {
  return Prisma.sql`
    ${conceptStatistics(text, common)},
    found AS MATERIALIZED (${signalHits(text)}),
    hit AS MATERIALIZED (SELECT * FROM found UNION ALL ${typoHits(text)}),
    tier AS MATERIALIZED (SELECT key, tier, count(*) AS n FROM hit GROUP BY key, tier),
    rarity AS (SELECT key, ln(1 + ${CATALOGUE_SIZE} / max(n)) AS r FROM tier GROUP BY key),
    best AS (
      SELECT hit.key, hit.tool_id, max(hit.weight) FILTER (WHERE tier.n <= ${SCORED_PER_CONCEPT}) AS weight,
             max(hit.weight) FILTER (WHERE tier.n <= ${SCORED_PER_CONCEPT} AND hit.tier IN ('name', 'typo')) AS name_weight
      FROM hit JOIN tier USING (key, tier) WHERE tier.tier <> 'typo' OR tier.n <= ${SCORED_PER_CONCEPT}
      GROUP BY hit.key, hit.tool_id
    ),
    scored AS MATERIALIZED (
      SELECT best.tool_id, sum(best.weight * rarity.r) AS score,
             row_number() OVER (ORDER BY sum(best.weight * rarity.r) DESC NULLS LAST, best.tool_id) AS place,
             sum(best.weight) IS NOT NULL AND (
               count(DISTINCT best.key) FILTER (WHERE best.key <= ${text.wordConcepts} AND best.name_weight IS NOT NULL)
                 >= (SELECT count(DISTINCT key) FROM hit WHERE key <= ${text.wordConcepts})
               OR bool_or(best.key IN (2000, 2002) AND best.weight IS NOT NULL)) AS by_name
      FROM best JOIN rarity USING (key) GROUP BY best.tool_id
    )`;
}

/** The columns of the search document every candidate source yields, for result-set.ts to filter, order and count by. */
const ROW = Prisma.sql`s.tool_id, s.published, s.gone, s.kind, s.category, s.pricing, s.free_tier, s.rank, s.provisional, s.name, s.slug, s.tag_ids, s.start_unit, s.start_amount`;

/**
 * The search document of one candidate, read by its key. OFFSET 0 keeps the
 * planner from turning the lookups into a join over every document: a hash
 * join read the whole table (all 100,000 rows) to join a thousand candidates.
 */
const documentOf = (toolId: Prisma.Sql) => Prisma.sql`(SELECT * FROM tool_search s WHERE s.tool_id = ${toolId} OFFSET 0) s`;

/**
 * Every tool a signal lookup found: scored as above when an informative
 * concept found it, else with score 0 (found only by too-common words, in
 * storage order, at most SCORED_PER_CONCEPT + 1 per lookup: "model" matches
 * most of a large catalogue, and counting and ordering all of them would grow
 * with it; `cut_off` then says more tools match than are listed). A typed
 * word resembling more names than that ("lang": 10,000 synthetic "Lab"
 * names) finds none of them by resemblance: they would be unscored noise
 * that every later step reads, sorts and counts. The best
 * REFINED_CANDIDATES (their `place` in `scored`) get ts_rank as a
 * tie-breaker, reading only their documents; `by_name` as above.
 * Runs with resultSetSettings(true) (result-set.ts): the trigram threshold at TYPO_THRESHOLD.
 */
export function textCandidates(text: TextSearch, common: CommonElements): Prisma.Sql {
  return Prisma.sql`
    WITH ${signalScores(text, common)}
    SELECT ${ROW}, coalesce(scored.score, 0)
             + CASE WHEN scored.score IS NOT NULL AND scored.place <= ${REFINED_CANDIDATES} THEN ${RELEVANCE_WEIGHTS.refine} * ts_rank(s.document, whole_query) ELSE 0 END
             + CASE WHEN s.category = ${text.category}::text THEN ${RELEVANCE_WEIGHTS.namedCategory} ELSE 0 END AS relevance,
           scored.by_name,
           (SELECT coalesce(bool_or(n > ${SCORED_PER_CONCEPT} AND tier <> 'typo'), false) FROM tier)
             OR (SELECT coalesce(bool_or(common_text OR common_tags), false) FROM concept)
             OR (SELECT coalesce(bool_or(common), false) FROM named_tag) AS cut_off
    FROM scored CROSS JOIN LATERAL ${documentOf(Prisma.sql`scored.tool_id`)} CROSS JOIN ${tsqueryOf(text)} AS whole_query`;
}

/**
 * The match graph around some tools: their stored neighbours (the one
 * match-graph rule, lib/matching/neighbours.ts), a tool close to several of
 * them summing its link strengths. Reads the neighbour table's primary key.
 */
export function graphCandidates(originIds: readonly number[]): Prisma.Sql {
  const origins = Prisma.sql`${[...originIds]}::int[]`;
  return Prisma.sql`
    SELECT ${ROW}, linked.relevance, false AS by_name, false AS cut_off
    FROM (
      SELECT n.neighbour_id, sum(n.strength)::float8 AS relevance FROM tool_neighbour n
      WHERE n.tool_id = ANY(${origins}) AND NOT (n.neighbour_id = ANY(${origins}))
      GROUP BY n.neighbour_id
    ) linked CROSS JOIN LATERAL ${documentOf(Prisma.sql`linked.neighbour_id`)}`;
}

/** Graph candidates narrowed to those that also match the text; the graph's weights order them. */
export function graphTextCandidates(originIds: readonly number[], text: TextSearch, common: CommonElements): Prisma.Sql {
  return Prisma.sql`
    SELECT graph.* FROM (${graphCandidates(originIds)}) graph
    WHERE graph.tool_id IN (SELECT tool_id FROM (${textCandidates(text, common)}) text_hits)`;
}
