import { beforeAll, describe, expect, it } from "vitest";
import { searchQuerySchema } from "@/lib/schemas/search";
import { searchTools } from "@/lib/search/search";
import { buildCapability, buildTag, buildTool, createTools } from "../support/factories";
import { useTestDatabase } from "../support/test-database";

const marked = (parts: { text: string; hit: boolean }[]) => parts.filter((part) => part.hit).map((part) => part.text.toLowerCase());
const whole = (parts: { text: string }[]) => parts.map((part) => part.text).join("");

// Why a result matched: each shown capability's title and an excerpt, with
// the words that matched marked. The excerpt is cut from the part of the
// capability that matched (description, what sets it apart, how it compares).
describe("search highlights", () => {
  const database = useTestDatabase("migrated");
  const tool = buildTool({
    slug: "gorblin",
    name: "Gorblin",
    capabilities: [
      buildCapability(["captioning"], {
        title: "Writes captions",
        description: "Reads a video and writes what is said.",
        unique: "The only one that handles zorblax recordings.",
        vsAlternatives: "Slower than most.",
      }),
      buildCapability(["factory-tag"], {
        title: "Answers questions",
        description: "Answers questions about zorblax files in plain words.",
        unique: "Cites the page.",
        vsAlternatives: "Unlike others, it reads zorblax natively.",
      }),
      buildCapability(["factory-tag"], {
        title: "Compares vendors",
        description: "Lists what each vendor offers.",
        unique: "Keeps the list current.",
        vsAlternatives: "Alone in reading zorblax price sheets.",
      }),
    ],
  });

  beforeAll(async () => {
    await createTools(database.prisma, [tool], [buildTag({ slug: "captioning", name: "Captioning" })]);
  });

  const hitFor = async (q: string) => (await searchTools(searchQuerySchema.parse({ q }))).hits.find((hit) => hit.slug === "gorblin")!;

  it("cuts each excerpt from the part that matched, best matching capabilities first, and marks the words", async () => {
    const hit = await hitFor("zorblax");
    expect(hit.matchedCapabilityCount).toBe(3);
    // A match in the description counts most, then what sets it apart, then how it compares; two are shown.
    expect(hit.matchedCapabilities.map((capability) => whole(capability.title))).toEqual(["Answers questions", "Writes captions"]);
    const [inDescription, inUnique] = hit.matchedCapabilities;
    expect(whole(inDescription!.excerpt)).toContain("Answers questions about zorblax files");
    expect(whole(inUnique!.excerpt)).toContain("The only one that handles zorblax recordings");
    expect(whole(inUnique!.excerpt)).not.toContain("Reads a video");
    for (const capability of hit.matchedCapabilities) expect(marked(capability.excerpt)).toEqual(["zorblax"]);
  });

  it("shows the description, unmarked, for a capability only its title and tags matched, and marks the matching tag", async () => {
    const hit = await hitFor("captioning");
    const [captions] = hit.matchedCapabilities;
    expect(marked(captions!.title)).toEqual(["captions"]);
    expect(whole(captions!.excerpt)).toBe("Reads a video and writes what is said.");
    expect(marked(captions!.excerpt)).toEqual([]);
    expect(captions!.tags).toEqual([{ slug: "captioning", name: "Captioning", matched: true }]);
  });
});
