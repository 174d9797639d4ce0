// `npm run admin:create -- --email ada@example.com --password '…' [--name Ada] [--role admin|editor]`
// Creates an admin account (the first one comes from here: no default password ships).
// Email and password may also come from ADMIN_EMAIL and ADMIN_PASSWORD. Without
// DATABASE_URL it works on the embedded database, through `npm start` if it runs.
import { parseArgs } from "node:util";
import { createUser } from "@/lib/admin/users/create-user";
import { runScript } from "@/lib/db/script-database";
import { env } from "@/lib/env";
import { Refused } from "@/lib/errors";

const { values } = parseArgs({
  options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
});
const email = values.email ?? env().ADMIN_EMAIL;
const password = values.password ?? env().ADMIN_PASSWORD;
if (!email || !password) {
  console.error("usage: npm run admin:create -- --email <email> --password <password> [--name <name>] [--role admin|editor]");
  console.error("       (or set ADMIN_EMAIL and ADMIN_PASSWORD)");
  process.exit(2);
}

await runScript("npm run admin:create", async ({ via }) => {
  try {
    const user = await createUser({ email, password, name: values.name ?? email.split("@")[0], role: values.role ?? "admin" });
    console.log(`created ${user.role} ${user.email} in ${via}: sign in at /admin`);
  } catch (error) {
    if (error instanceof Refused) throw new Error(`not created: ${error.message}`);
    throw error;
  }
});
