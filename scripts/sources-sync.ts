// Compares maintained datasets with the catalogue and stores the changes they suggest as proposals.
// Usage: npm run sources:sync [-- --apply] [--source genai-prices|models.dev] [--verbose]
// Without --apply the catalogue is untouched (editors review at /admin/proposals); --apply accepts
// the run's pending proposals as audited edits by the system actor.
import { notifyServer } from "@/lib/cache/notify-server";
import { today } from "@/lib/dates";
import { runScript } from "@/lib/db/script-database";
import { formatReport } from "@/lib/sources/report";
import { readSources, syncSources } from "@/lib/sources/sync";
import type { SourceName } from "@/lib/sources/types";

const args = process.argv.slice(2);
const unknown = args.filter((arg, i) => !["--apply", "--verbose", "--source"].includes(arg) && args[i - 1] !== "--source");
const only = args.includes("--source") ? (args[args.indexOf("--source") + 1] as SourceName) : undefined;
if (unknown.length || (only && only !== "genai-prices" && only !== "models.dev")) {
  console.error("usage: npm run sources:sync [-- --apply] [--source genai-prices|models.dev] [--verbose]");
  process.exit(2);
}
const apply = args.includes("--apply");
const day = today();

// Like every script: DATABASE_URL, or the embedded database through the running `npm start`.
await runScript("npm run sources:sync", async ({ server, via }) => {
  const started = performance.now();
  const { sources, notes } = await readSources(day, only);
  const read = performance.now() - started;
  const result = await syncSources(sources, { today: day, apply });
  console.log(`proposals stored in ${via}`);
  for (const line of formatReport({ ...result, sources, notes, ms: { read, ...result.ms } }, args.includes("--verbose"))) console.log(line);
  if (result.applied?.tags.length) console.log(await notifyServer(result.applied.tags, server));
});
