// Times the admin's write path on a fresh seeded database (local PostgreSQL):
//   npx tsx bench/admin-writes.ts [runs]
// Each save is one transaction: advisory lock, version check, write, audit
// entry, whole-tool validation and a Rank recompute over the whole catalogue.
import { performance } from "node:perf_hooks";
import pg from "pg";
import { applyImport } from "@/lib/admin/catalogue/apply-import";
import { exportCatalogueFile, fingerprint } from "@/lib/admin/catalogue/file-format";
import { parseCatalogueFile } from "@/lib/admin/catalogue/parse-file";
import { planImport } from "@/lib/admin/catalogue/plan-import";
import { IDLE } from "@/lib/admin/form-state";
import { updateCapability } from "@/lib/admin/tools/capabilities";
import { updateProfile } from "@/lib/admin/tools/profile";
import { loadToolState } from "@/lib/admin/tools/tool-state";
import { createUser } from "@/lib/admin/users/create-user";
import { createPrismaClient, setDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { seedDatabase } from "@/lib/seeds/seed-database";

const runs = Number(process.argv[2] ?? 30);
const server = process.env.TEST_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `toolmatch_bench_admin_${process.pid}`;
const admin = new pg.Client({ connectionString: server });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const url = Object.assign(new URL(server), { pathname: `/${name}` }).toString();

const stats = (samples: number[]) => {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  return `median ${at(0.5)} ms, p95 ${at(0.95)} ms (n=${samples.length})`;
};
async function time(label: string, work: (i: number) => Promise<unknown>, n = runs) {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await work(i);
    samples.push(performance.now() - start);
  }
  console.log(`${label.padEnd(44)} ${stats(samples)}`);
}
const PROFILE = ["name", "kind", "vendor", "summary", "website", "sourceRepository", "license", "pricingModel", "lastVerifiedAt"] as const;
const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const item of [value].flat()) data.append(key, item);
  return data;
};

try {
  await migrate(url);
  const prisma = createPrismaClient(url, 4);
  setDb(prisma);
  await seedDatabase(prisma);
  const user = await createUser({ email: "bench@example.com", name: "Bench", password: "bench password long", role: "admin" });
  const slug = "gemini-2-0-flash-lite";
  const fresh = async () => (await loadToolState(prisma, { slug }))!;

  await time("save profile (summary)", async (i) => {
    const tool = await fresh();
    const profile = Object.fromEntries(PROFILE.map((key) => [key, String(tool[key] ?? "")]));
    const outcome = await updateProfile(user, IDLE, form({ ...profile, freeTier: tool.freeTier ? "on" : [], summary: `Summary ${i}.`, toolId: String(tool.id), version: String(tool.version) }));
    if (outcome.state.status !== "saved") throw new Error(JSON.stringify(outcome.state));
  });
  await time("save capability (tags change: graph rescored)", async (i) => {
    const tool = await fresh();
    const capability = tool.capabilities[0]!;
    const tags = i % 2 ? capability.tags.filter((tag) => tag !== "image-generation") : [...capability.tags, "image-generation"];
    const { title, description, unique, vsAlternatives } = capability;
    const outcome = await updateCapability(user, IDLE, form({ title, description, unique, vsAlternatives, tags, capabilityId: String(capability.id), toolId: String(tool.id), version: String(tool.version) }));
    if (outcome.state.status !== "saved") throw new Error(JSON.stringify(outcome.state));
  });
  let text = "";
  await time("export the whole catalogue (JSON text)", async () => (text = await exportCatalogueFile(prisma)), 10);
  const parse = (source: string) => {
    const parsed = parseCatalogueFile(source);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return parsed.file;
  };
  await time("import dry run (parse + plan, 67 tools)", async () => planImport(prisma, parse(text)), 10);
  await time("import apply (1 tool changed, in one tx)", async (i) => {
    const current = await exportCatalogueFile(prisma);
    const outcome = await applyImport(user, parse(current.replace(/"vendor": "Google"|"vendor": "Google \d+"/, `"vendor": "Google ${i}"`)), fingerprint(current));
    if (outcome.kind !== "applied" || outcome.plan.tools.changed.length !== 1) throw new Error(outcome.kind);
  }, 10);
  console.log(`export size: ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`);
  await prisma.$disconnect();
} finally {
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
