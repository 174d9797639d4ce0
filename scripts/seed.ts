import { db } from "@/lib/db/client";
import { seedDatabase } from "@/lib/seeds/seed-database";

const result = await seedDatabase(db());
console.log(
  `seeded: ${result.created.length} created, ${result.updated.length} updated, ${result.unchanged.length} unchanged, ` +
    `${result.tagsChanged} tags changed, ${result.snapshots.length} score snapshots written`,
);
await db().$disconnect();
