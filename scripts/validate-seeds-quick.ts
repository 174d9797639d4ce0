import { loadSeedCatalogue } from "@/lib/seeds/load";

const { tools, tags, problems } = await loadSeedCatalogue();
for (const p of problems) console.log(`${p.file}: ${p.field}: ${p.message}`);
const known = new Set(tags.map((t) => t.slug));
for (const tool of tools)
  for (const [i, cap] of tool.capabilities.entries())
    for (const tag of cap.tags) if (!known.has(tag)) console.log(`tools/${tool.slug}.json: capabilities.${i}.tags: unknown tag ${tag}`);
console.log(`${tools.length} tools, ${tags.length} tags, ${problems.length} problems`);
