import { db } from "@/lib/db/client";
import { recomputeScores } from "@/lib/scoring/recompute";

const written = await recomputeScores(db(), "always");
console.log(`stored ${written.length} score snapshots`);
await db().$disconnect();
