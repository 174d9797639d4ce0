// `npm run scores:recompute [-- --changed]`: a new snapshot for every tool, or
// with --changed only where the scores or the method moved (a daily run keeps
// Freshness current without a snapshot a day for every tool).
import { notifyServer } from "@/lib/cache/notify-server";
import { tagsForToolChange } from "@/lib/cache/tags";
import { runScript } from "@/lib/db/script-database";
import { recomputeScores } from "@/lib/scoring/recompute";

const mode = process.argv.includes("--changed") ? "when-changed" : "always";

await runScript("npm run scores:recompute", async ({ prisma, server, via }) => {
  const written = await recomputeScores(prisma, mode);
  console.log(`stored ${written.length} score snapshots in ${via}`);
  console.log(await notifyServer([...new Set(written.flatMap(tagsForToolChange))], server));
});
