import { CACHE_TAGS } from "@/lib/cache/tags";
import { tagTimes } from "@/lib/cache/handlers/shared-state.mjs";
import { listPublishedSlugs } from "@/lib/catalog/queries";

/** Longest a process keeps the list without a catalogue change, for writes made outside any server (scripts without REVALIDATE_TOKEN). */
const MAX_AGE_MS = 3600_000;

type Memo = { slugs: Set<string>; loadedAt: number };
let memo: Memo | undefined;
let loading: Promise<Memo> | undefined;

async function load(): Promise<Memo> {
  const startedAt = Date.now();
  const rows = await listPublishedSlugs();
  return { slugs: new Set(rows.map((row) => row.slug)), loadedAt: startedAt };
}

/**
 * The published slugs, for proxy.ts's 404 and redirect decisions without a
 * database query per request: loaded once, loaded again when the catalogue
 * tag has been expired since (on this instance, or on any through Redis), so
 * a published or unpublished tool counts from the next request. If the
 * database is unreachable, the last list known is used.
 */
export async function publishedSlugSet(): Promise<Set<string>> {
  const [times] = await tagTimes([CACHE_TAGS.catalogue]);
  const changedAt = Math.max(times?.stale ?? 0, times?.expired ?? 0);
  const current = (known: Memo | undefined): known is Memo => known !== undefined && known.loadedAt > changedAt && Date.now() - known.loadedAt < MAX_AGE_MS;
  // Twice at most: a load already under way may have started before the change.
  for (let attempt = 0; attempt < 2 && !current(memo); attempt++) {
    loading ??= load().finally(() => (loading = undefined));
    try {
      memo = await loading;
    } catch (error) {
      if (!memo) throw error;
      break;
    }
  }
  return memo!.slugs;
}

export async function existingSlugs(slugs: string[]): Promise<string[]> {
  const published = await publishedSlugSet();
  return slugs.filter((slug) => published.has(slug));
}
