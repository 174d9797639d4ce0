// Writes the catalogue as it stands in the database back to seeds/, so edits
// made in the admin or accepted from sources:sync become reviewable seed files.
// Usage: npm run seeds:export   (DATABASE_URL, or the embedded database through the running `npm start`)
// Published tools only; a seed file whose tool is no longer published is removed. Run `npm run seeds:check` after.
import { readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { runScript } from "@/lib/db/script-database";
import { exportCatalogue } from "@/lib/seeds/export";
import { SEEDS_DIR } from "@/lib/seeds/load";

const TOOLS_DIR = path.join(SEEDS_DIR, "tools");

await runScript("npm run seeds:export", async ({ prisma, via }) => {
  const published = new Set((await prisma.tool.findMany({ where: { published: true }, select: { slug: true } })).map((tool) => tool.slug));
  const { tags, tools } = await exportCatalogue(prisma);
  const kept = tools.filter((tool) => published.has(tool.slug));
  await writeFile(path.join(SEEDS_DIR, "capability-tags.json"), `[\n${tags.map((tag) => `  ${JSON.stringify(tag)}`).join(",\n")}\n]\n`);
  for (const tool of kept) await writeFile(path.join(TOOLS_DIR, `${tool.slug}.json`), `${JSON.stringify(tool, null, 2)}\n`);
  const stale = (await readdir(TOOLS_DIR)).filter((name) => name.endsWith(".json") && !published.has(name.slice(0, -5)));
  for (const name of stale) await rm(path.join(TOOLS_DIR, name));
  console.log(`exported ${via}: ${kept.length} tools and ${tags.length} capability tags to seeds/, ${stale.length} stale files removed`);
});
