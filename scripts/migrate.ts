import { migrate } from "@/lib/db/migrate";
import { serverEnv } from "@/lib/env";

const applied = await migrate(serverEnv().DATABASE_URL);
console.log(applied.length ? `applied ${applied.join(", ")}` : "database is up to date");
