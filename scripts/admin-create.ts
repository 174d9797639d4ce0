// `npm run admin:create -- --email ada@example.com --password '…' [--name Ada] [--role admin|editor]`
// Creates an admin account (the first one comes from here: no default password ships).
// Email and password may also come from ADMIN_EMAIL and ADMIN_PASSWORD. Without
// DATABASE_URL it opens the embedded database (stop `npm start` first).
import { parseArgs } from "node:util";
import { UserInputError, createUser } from "@/lib/admin/users/create-user";
import { createPrismaClient, setDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/embedded/pglite-server";

const { values } = parseArgs({
  options: { email: { type: "string" }, password: { type: "string" }, name: { type: "string" }, role: { type: "string" } },
});
const email = values.email ?? process.env.ADMIN_EMAIL;
const password = values.password ?? process.env.ADMIN_PASSWORD;
if (!email || !password) {
  console.error("usage: npm run admin:create -- --email <email> --password <password> [--name <name>] [--role admin|editor]");
  console.error("       (or set ADMIN_EMAIL and ADMIN_PASSWORD)");
  process.exit(2);
}

let embedded: EmbeddedDatabase | undefined;
if (!process.env.DATABASE_URL) {
  embedded = await startEmbeddedDatabase();
  process.env.DATABASE_URL = embedded.url;
  await migrate(embedded.url);
}
const prisma = createPrismaClient(process.env.DATABASE_URL!, 2);
setDb(prisma);
let code = 0;
try {
  const user = await createUser({ email, password, name: values.name ?? email.split("@")[0], role: values.role ?? "admin" });
  console.log(`created ${user.role} ${user.email}: sign in at /admin`);
} catch (error) {
  console.error(error instanceof UserInputError ? `not created: ${error.message}` : error);
  code = 1;
} finally {
  await prisma.$disconnect();
  await embedded?.stop();
}
process.exit(code);
