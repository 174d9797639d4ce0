import { notifyServer } from "@/lib/cache/notify-server";
import { tagsForToolChange } from "@/lib/cache/tags";
import { runScript } from "@/lib/db/script-database";
import { recomputeScores } from "@/lib/scoring/recompute";

await runScript("npm run scores:recompute", async ({ prisma, server, via }) => {
  const written = await recomputeScores(prisma, "always");
  console.log(`stored ${written.length} score snapshots in ${via}`);
  console.log(await notifyServer([...new Set(written.flatMap(tagsForToolChange))], server));
});
