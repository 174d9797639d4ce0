// Brings the match graph's neighbour lists up to date with the catalogue and
// with the comparisons people opened since the last catalogue write (their
// reach is evidence a link reads), then the scores that depend on them.
// Incremental: only the lists whose input changed (or could be entered) are
// computed again; `-- --full` recomputes every list.
// Catalogue writes do this themselves; run this daily (cron) for the views.
import { notifyServer } from "@/lib/cache/notify-server";
import { tagsForToolChange } from "@/lib/cache/tags";
import { lockCatalogue } from "@/lib/admin/tools/write-tool";
import { runScript } from "@/lib/db/script-database";
import { refreshNeighbours } from "@/lib/matching/refresh-neighbours";
import { recomputeScores } from "@/lib/scoring/recompute";

const full = process.argv.includes("--full");
await runScript("npm run graph:refresh", async ({ prisma, server, via }) => {
  const { changed, timings, recomputed } = await prisma.$transaction(
    async (tx) => {
      await lockCatalogue(tx);
      return refreshNeighbours(tx, { full });
    },
    { timeout: 600_000, maxWait: 30_000 },
  );
  const rescored = await recomputeScores(prisma, "when-changed");
  const ms = (value: number) => `${Math.round(value)} ms`;
  console.log(`neighbour lists computed for ${recomputed} tools${full ? " (in full)" : ""}, changed for ${changed.length}, scores for ${rescored.length}, in ${via} (load ${ms(timings.loadMs)}, compute ${ms(timings.computeMs)}, write ${ms(timings.writeMs)})`);
  console.log(await notifyServer([...new Set([...changed, ...rescored].flatMap(tagsForToolChange))], server));
});
