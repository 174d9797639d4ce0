import { defineConfig } from "prisma/config";
import { env } from "./lib/env";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // `prisma generate` needs no database; the URL only matters to Prisma commands that connect.
  datasource: { url: env().DATABASE_URL ?? "postgresql://localhost/unused" },
});
