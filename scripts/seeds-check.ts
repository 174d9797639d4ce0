import { checkCatalogue } from "@/lib/seeds/check";
import { loadSeedCatalogue } from "@/lib/seeds/load";

const { tags, tools, problems } = await loadSeedCatalogue();
const all = [...problems, ...checkCatalogue(tags, tools)];
for (const problem of all) console.log(`${problem.file}: ${problem.field}: ${problem.message}`);
console.log(`${tools.length} tools, ${tags.length} capability tags: ${all.length === 0 ? "all seed files are valid" : `${all.length} problems`}`);
process.exit(all.length === 0 ? 0 : 1);
