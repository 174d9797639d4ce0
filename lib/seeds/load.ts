import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { capabilityTagSchema, toolSeedSchema, type CapabilityTagInput, type ToolSeed } from "@/lib/schemas/tool";

export const SEEDS_DIR = path.join(process.cwd(), "seeds");

export type SeedProblem = { file: string; field: string; message: string };
export type SeedCatalogue = { tags: CapabilityTagInput[]; tools: ToolSeed[]; problems: SeedProblem[] };

function describeIssues(file: string, error: z.ZodError): SeedProblem[] {
  return error.issues.map((issue) => ({ file, field: issue.path.join(".") || "(file)", message: issue.message }));
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, "utf8"));
}

/** Reads and validates every seed file; problems are collected, not thrown, so a check can list them all. */
export async function loadSeedCatalogue(dir = SEEDS_DIR): Promise<SeedCatalogue> {
  const problems: SeedProblem[] = [];
  const tagsFile = path.join(dir, "capability-tags.json");
  const tagsResult = z.array(capabilityTagSchema).safeParse(await readJson(tagsFile));
  const tags = tagsResult.success ? tagsResult.data : [];
  if (!tagsResult.success) problems.push(...describeIssues("capability-tags.json", tagsResult.error));

  const toolsDir = path.join(dir, "tools");
  const files = (await readdir(toolsDir)).filter((name) => name.endsWith(".json")).sort();
  const tools: ToolSeed[] = [];
  for (const name of files) {
    const file = `tools/${name}`;
    let raw: unknown;
    try {
      raw = await readJson(path.join(toolsDir, name));
    } catch (error) {
      problems.push({ file, field: "(file)", message: `is not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const result = toolSeedSchema.safeParse(raw);
    if (!result.success) {
      problems.push(...describeIssues(file, result.error));
      continue;
    }
    if (`${result.data.slug}.json` !== name) {
      problems.push({ file, field: "slug", message: `must match the file name (${name.replace(/\.json$/, "")})` });
    }
    tools.push(result.data);
  }
  return { tags, tools, problems };
}
