import { notifyServer } from "@/lib/cache/notify-server";
import { CACHE_TAGS, tagsForToolChange } from "@/lib/cache/tags";
import { runScript } from "@/lib/db/script-database";
import { seedDatabase } from "@/lib/seeds/seed-database";

await runScript("npm run db:seed", async ({ prisma, server, via }) => {
  const result = await seedDatabase(prisma);
  console.log(
    `seeded ${via}: ${result.created.length} created, ${result.updated.length} updated, ${result.unchanged.length} unchanged, ` +
      `${result.tagsChanged} tags changed, ${result.snapshots.length} score snapshots written`,
  );
  const changed = [...result.created, ...result.updated, ...result.snapshots];
  if (changed.length || result.tagsChanged) console.log(await notifyServer([...new Set(changed.flatMap(tagsForToolChange)), CACHE_TAGS.tags], server));
});
