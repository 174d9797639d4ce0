import { Prisma } from "@/lib/generated/prisma/client";
import type { TextSearch } from "./terms";

// Each candidate source is a SQL fragment yielding (tool_id, relevance), for
// published and unpublished tools alike; result-set.ts filters and pages.
// Everything here reads the tool table and its per-tool documents
// (search_vector, capability_vector, tag_ids; see the search migration).

/** How much each place a term can match counts towards relevance. */
export const RELEVANCE_WEIGHTS = {
  /** Per concept covered, times its rarity (ln(1 + tools / tools covering it)), by where it was found. */
  coverage: { name: 1.5, tool: 1, capability: 0.7, tag: 0.5 },
  /** A capability tag named in full by the query ("speech to text", "vector search"): tools carrying it. */
  namedTag: 2,
  /** word_similarity of the whole phrase to the name and vendor: typos, partial names. */
  name: 1.5,
  vendor: 0.5,
  /** Refinement of the best candidates: ts_rank of the tool's document (name A, vendor B, summary C)… */
  tool: 2,
  /** …of all its capabilities (title A, description B, unique C, vs alternatives D)… */
  capability: 1,
  /** …and of the best matching capability tag (name A, definition B). */
  tag: 0.5,
} as const;

/** The lowest word_similarity that counts: "antropic" is 0.58 from "Anthropic". */
export const TRIGRAM_THRESHOLD = 0.5;

/**
 * How many of the best-covering candidates get the finer ts_rank scores.
 * Those scores add at most a few points, always ≥ 0, so the candidates below
 * this cut keep their (coverage) order after it: ten pages of exact order.
 */
export const REFINED_CANDIDATES = 200;

export function tsqueryOf(text: TextSearch): Prisma.Sql {
  return Prisma.sql`to_tsquery('english', ${text.tsquery})`;
}

/**
 * Per tool, the rarity-weighted sum of the query's concepts it covers in its
 * name, its own text, its capabilities or its tags. Reads only the GIN
 * indexes and the tool rows: no long document is unpacked (phrases, which
 * would need every candidate's text read, are only checked in short ones).
 */
function coverage(text: TextSearch): Prisma.Sql {
  const w = RELEVANCE_WEIGHTS.coverage;
  const concept = Prisma.sql`to_tsquery('english', concepts.q)`;
  return Prisma.sql`
    SELECT tool_id, sum(weight * rarity) AS score FROM (
      SELECT tool_id, weight, ln(1 + (SELECT count(*) FROM tool)::float8 / count(*) OVER (PARTITION BY i)) AS rarity
      FROM (
        SELECT concepts.i, hit.tool_id, max(hit.weight) AS weight
        FROM unnest(${text.concepts}::text[], ${text.phrases}::boolean[]) WITH ORDINALITY AS concepts(q, phrase, i)
        CROSS JOIN LATERAL (
          SELECT t.id AS tool_id, CASE WHEN ts_filter(t.search_vector, '{a}') @@ ${concept} THEN ${w.name} ELSE ${w.tool} END::float8 AS weight
          FROM tool t WHERE t.search_vector @@ ${concept}
          UNION ALL
          SELECT t.id, ${w.capability} FROM tool t WHERE NOT concepts.phrase AND t.capability_vector @@ ${concept}
          UNION ALL
          SELECT t.id, ${w.tag} FROM tool t
          WHERE t.tag_ids && ARRAY(SELECT tag.id FROM capability_tag tag WHERE tag.search_vector @@ ${concept})
        ) hit
        GROUP BY concepts.i, hit.tool_id
      ) concept_hits
    ) weighted GROUP BY tool_id`;
}

/** Cheap scores for every candidate: coverage, named tags, name and vendor resemblance. */
function roughScores(text: TextSearch): Prisma.Sql {
  const phrase = Prisma.sql`${text.phrase}::text`;
  const w = RELEVANCE_WEIGHTS;
  return Prisma.sql`
    SELECT tool_id, sum(score)::float8 AS score FROM (
      ${coverage(text)}
      UNION ALL
      SELECT t.id, ${w.namedTag}::float8 FROM tool t
      WHERE t.tag_ids && ARRAY(SELECT tag.id FROM capability_tag tag WHERE to_tsvector('english', ${phrase}) @@ phraseto_tsquery('english', tag.name))
      UNION ALL
      SELECT t.id, ${w.name} * word_similarity(${phrase}, t.name) FROM tool t WHERE ${phrase} <% t.name
      UNION ALL
      SELECT t.id, ${w.vendor} * word_similarity(${phrase}, t.vendor) FROM tool t WHERE ${phrase} <% t.vendor
    ) hits GROUP BY tool_id`;
}

/**
 * Tools whose name, vendor, summary, capabilities or capability tags match
 * the text, or whose name or vendor looks like it. The best candidates are
 * refined with ts_rank. Needs the trigram threshold set (see result-set.ts).
 */
export function textCandidates(text: TextSearch): Prisma.Sql {
  const tsq = tsqueryOf(text);
  const w = RELEVANCE_WEIGHTS;
  return Prisma.sql`
    WITH rough AS MATERIALIZED (${roughScores(text)}),
    best AS (SELECT tool_id FROM rough ORDER BY score DESC, tool_id LIMIT ${REFINED_CANDIDATES})
    SELECT rough.tool_id, rough.score + coalesce(refined.score, 0) AS relevance
    FROM rough LEFT JOIN (
      SELECT best.tool_id,
             ${w.tool} * ts_rank(t.search_vector, ${tsq})
             + ${w.capability} * ts_rank(t.capability_vector, ${tsq}, 1)
             + ${w.tag} * coalesce((SELECT max(ts_rank(tag.search_vector, ${tsq})) FROM capability_tag tag
                                    WHERE tag.id = ANY(t.tag_ids) AND tag.search_vector @@ ${tsq}), 0) AS score
      FROM best JOIN tool t ON t.id = best.tool_id
    ) refined ON refined.tool_id = rough.tool_id`;
}

/**
 * The match graph around some tools: their stored neighbours (the one
 * match-graph rule, lib/matching/neighbours.ts), a tool close to several of
 * them summing its link strengths. Reads the neighbour table's primary key.
 */
export function graphCandidates(originIds: readonly number[]): Prisma.Sql {
  const origins = Prisma.sql`${[...originIds]}::int[]`;
  return Prisma.sql`
    SELECT n.neighbour_id AS tool_id, sum(n.strength)::float8 AS relevance
    FROM tool_neighbour n
    WHERE n.tool_id = ANY(${origins}) AND NOT (n.neighbour_id = ANY(${origins}))
    GROUP BY n.neighbour_id`;
}

/** Every tool, equally relevant: listing by filters alone, ordered by Rank. */
export function allCandidates(): Prisma.Sql {
  return Prisma.sql`SELECT t.id AS tool_id, 0::float8 AS relevance FROM tool t`;
}

/** Graph candidates narrowed to those that also match the text; the graph's weights order them. */
export function graphTextCandidates(originIds: readonly number[], text: TextSearch): Prisma.Sql {
  return Prisma.sql`
    SELECT graph.tool_id, graph.relevance FROM (${graphCandidates(originIds)}) graph
    WHERE graph.tool_id IN (SELECT tool_id FROM (${roughScores(text)}) text_hits)`;
}
