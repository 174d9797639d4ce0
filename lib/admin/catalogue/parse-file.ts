import type { ToolSeed } from "@/lib/schemas/tool";
import { parseToolSeed } from "../tools/draft-seed";
import { catalogueEnvelopeSchema, type CatalogueFile } from "./file-format";
import { MAX_IMPORT_BYTES, tooLargeMessage } from "./limits";

export type FileProblem = { where: string; message: string };

function where(path: PropertyKey[], raw: unknown): string {
  const [section, index, ...rest] = path;
  if (section === "tools" && typeof index === "number") {
    const tools = (raw as { tools?: { slug?: unknown }[] }).tools;
    const slug = tools?.[index]?.slug;
    return `tools[${index}]${typeof slug === "string" ? ` (${slug})` : ""}${rest.length ? `.${rest.join(".")}` : ""}`;
  }
  return path.map(String).join(".") || "(file)";
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((value) => seen.has(value) || !seen.add(value)))];
}

/** Reads and validates an import file; every problem is listed with where it is, nothing is thrown. */
export function parseCatalogueFile(text: string): { ok: true; file: CatalogueFile } | { ok: false; problems: FileProblem[] } {
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, problems: [{ where: "(file)", message: tooLargeMessage(bytes) }] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ where: "(file)", message: `is not valid JSON: ${(error as Error).message}` }] };
  }
  const parsed = catalogueEnvelopeSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((issue) => ({ where: where(issue.path, raw), message: issue.message })) };
  const problems: FileProblem[] = [];
  const tools: ToolSeed[] = [];
  const hidden = new Set(parsed.data.unpublished);
  parsed.data.tools.forEach((entry, index) => {
    const slug = (entry as { slug?: unknown } | null)?.slug;
    const tool = parseToolSeed(entry, typeof slug === "string" && hidden.has(slug));
    if (tool.success) tools.push(tool.data);
    else problems.push(...tool.error.issues.map((issue) => ({ where: where(["tools", index, ...issue.path], raw), message: issue.message })));
  });
  if (problems.length) return { ok: false, problems };
  const file: CatalogueFile = { ...parsed.data, tools };
  problems.push(
    ...duplicates(file.tools.map((tool) => tool.slug)).map((slug) => ({ where: `tools (${slug})`, message: "the slug appears more than once" })),
    ...duplicates(file.tags.map((tag) => tag.slug)).map((slug) => ({ where: `tags (${slug})`, message: "the slug appears more than once" })),
    ...file.unpublished
      .filter((slug) => !file.tools.some((tool) => tool.slug === slug))
      .map((slug) => ({ where: `unpublished (${slug})`, message: "is not one of the file's tools" })),
  );
  return problems.length ? { ok: false, problems } : { ok: true, file };
}
