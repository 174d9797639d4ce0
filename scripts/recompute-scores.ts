import { notifyServer } from "@/lib/cache/notify-server";
import { tagsForToolChange } from "@/lib/cache/tags";
import { db } from "@/lib/db/client";
import { recomputeScores } from "@/lib/scoring/recompute";

const written = await recomputeScores(db(), "always");
console.log(`stored ${written.length} score snapshots`);
console.log(await notifyServer([...new Set(written.flatMap(tagsForToolChange))]));
await db().$disconnect();
