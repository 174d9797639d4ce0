import { env } from "@/lib/env";
import { migrate } from "@/lib/db/migrate";
import { runScript } from "@/lib/db/script-database";

// On the embedded database, opening it migrates it (or `npm start` already has).
await runScript("npm run db:migrate", async ({ via }) => {
  const url = env().DATABASE_URL;
  const applied = url ? await migrate(url) : [];
  console.log(applied.length ? `applied ${applied.join(", ")} to ${via}` : `${via} is up to date`);
});
