import { formatMoney } from "@/lib/pricing";
import { TOOL_CATEGORY_LABELS, type LifecycleStatus, type Modality, type ToolCategory } from "@/lib/schemas/enums";
import type { FactsInput } from "@/lib/schemas/facts";
import type { CapabilityInput, OfferInput } from "@/lib/schemas/tool";
import { joinWords } from "@/lib/verdict";

// Capabilities written from a tool's structured facts and the catalogue
// itself, for tools no one has written capabilities for by hand. Their
// "Unique" and "vs alternatives" sentences compare the tool with its current
// peers (same category, active or in preview), so they stay true as the data
// changes: the one rule, recomputed on every write.

export type DerivableTool = { slug: string; name: string; category: ToolCategory; status: { value: LifecycleStatus }; facts: FactsInput; offers: OfferInput[] };

const AVAILABLE = new Set<LifecycleStatus>(["active", "preview"]);
const number = (value: number) => value.toLocaleString("en-US");
const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? "th" : ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th"}`;

/** The input and output list prices of the offer that holds the starting price (base tier, not batch, in force). */
export function listPrices(tool: Pick<DerivableTool, "offers">): { input: number; output: number; cached: boolean; batch: boolean } | null {
  const offer = tool.offers.find((o) => o.prices.some((p) => p.isStarting && p.validTo === null)) ?? tool.offers[0];
  if (!offer) return null;
  const base = (meter: string) => offer.prices.find((p) => p.meter === meter && p.validTo === null && p.tierFrom === null && !p.batch && p.currency === "USD");
  const [input, output] = [base("input"), base("output")];
  if (!input || !output) return null;
  return { input: Number(input.amount), output: Number(output.amount), cached: offer.prices.some((p) => p.meter === "cached_input"), batch: offer.prices.some((p) => p.batch) };
}

type Peers = { tool: DerivableTool; others: DerivableTool[]; noun: string };

function peersOf(tool: DerivableTool, catalogue: readonly DerivableTool[]): Peers {
  const others = catalogue.filter((other) => other.slug !== tool.slug && other.category === tool.category && AVAILABLE.has(other.status.value));
  return { tool, others, noun: TOOL_CATEGORY_LABELS[tool.category].one };
}

/** "the 3rd largest of the 41 current language models here", among those with a value. */
function position(value: number, values: number[], higherIsBetter: boolean, noun: string, adjective: [string, string]): string {
  const better = values.filter((other) => (higherIsBetter ? other > value : other < value)).length;
  const total = values.length + 1;
  const word = higherIsBetter ? adjective[0] : adjective[1];
  if (better === 0) return `the ${word} of the ${total} current ${noun}s in the catalogue that state it`;
  return `the ${ordinal(better + 1)} ${word} of the ${total} current ${noun}s in the catalogue that state it`;
}

/** The peers nearest to a value, for "vs alternatives": at most three, closest first. */
function nearest(peers: readonly DerivableTool[], value: number, read: (tool: DerivableTool) => number | undefined): { name: string; value: number }[] {
  return peers
    .flatMap((peer) => {
      const other = read(peer);
      return other === undefined ? [] : [{ name: peer.name, value: other }];
    })
    .sort((a, b) => Math.abs(Math.log(a.value / value)) - Math.abs(Math.log(b.value / value)) || a.name.localeCompare(b.name))
    .slice(0, 3);
}

function contextCapability({ tool, others, noun }: Peers): CapabilityInput[] {
  const context = tool.facts.contextWindow;
  if (!context) return [];
  const output = tool.facts.maxOutputTokens;
  const read = (peer: DerivableTool) => peer.facts.contextWindow?.value;
  const values = others.flatMap((peer) => (read(peer) === undefined ? [] : [read(peer)!]));
  const close = nearest(others, context.value, read);
  return [
    {
      title: `Reads up to ${number(context.value)} tokens at once`,
      description: `${tool.name} takes prompts of up to ${number(context.value)} tokens${output ? ` and writes up to ${number(output.value)} tokens in one reply` : ""}.`,
      unique: `That window is ${position(context.value, values, true, noun, ["largest", "smallest"])}.`,
      vsAlternatives: close.length ? `Nearest in window size: ${joinWords(close.map((c) => `${c.name} (${number(c.value)})`))}.` : `No other current ${noun} in the catalogue states its window yet.`,
      tags: context.value >= 100_000 ? ["long-context", "text-generation"] : ["text-generation"],
      sources: [context.source.url],
    },
  ];
}

const MODALITY_TAGS: Partial<Record<Modality, string>> = { image: "vision-input", audio: "audio-input", video: "video-input", pdf: "vision-input" };
const OUTPUT_TAGS: Partial<Record<Modality, string>> = { image: "image-generation", audio: "text-to-speech", video: "video-generation" };

function modalityCapabilities({ tool, others, noun }: Peers): CapabilityInput[] {
  const result: CapabilityInput[] = [];
  const inputs = tool.facts.inputModalities;
  const extraInputs = inputs?.value.filter((m) => m !== "text") ?? [];
  if (inputs && extraInputs.length) {
    const alike = others.filter((peer) => extraInputs.every((m) => peer.facts.inputModalities?.value.includes(m)));
    result.push({
      title: `Takes ${joinWords(extraInputs)} as well as text`,
      description: `Prompts to ${tool.name} can include ${joinWords(extraInputs.map((m) => (m === "pdf" ? "PDF documents" : `${m}`)))}, read by the model itself.`,
      unique: `${alike.length + 1} of the ${others.length + 1} current ${noun}s in the catalogue read ${joinWords(extraInputs)}.`,
      vsAlternatives: alike.length ? `Others that read the same: ${joinWords(alike.slice(0, 4).map((peer) => peer.name))}.` : `No other current ${noun} in the catalogue reads ${joinWords(extraInputs)}.`,
      tags: [...new Set(extraInputs.flatMap((m) => (MODALITY_TAGS[m] ? [MODALITY_TAGS[m]!] : [])))],
      sources: [inputs.source.url],
    });
  }
  const outputs = tool.facts.outputModalities;
  const extraOutputs = outputs?.value.filter((m) => m !== "text" && OUTPUT_TAGS[m]) ?? [];
  if (outputs && extraOutputs.length) {
    result.push({
      title: `Produces ${joinWords(extraOutputs)}`,
      description: `Besides text, ${tool.name} can answer with ${joinWords(extraOutputs)}.`,
      unique: `${others.filter((peer) => extraOutputs.every((m) => peer.facts.outputModalities?.value.includes(m))).length + 1} current ${noun}s in the catalogue produce ${joinWords(extraOutputs)}.`,
      vsAlternatives: `Dedicated ${extraOutputs.includes("image") ? "image" : "media"} models may do more with it; see the ${TOOL_CATEGORY_LABELS[extraOutputs.includes("image") ? "image-model" : "text-to-speech"].many.toLowerCase()} in the catalogue.`,
      tags: extraOutputs.map((m) => OUTPUT_TAGS[m]!),
      sources: [outputs.source.url],
    });
  }
  return result;
}

function switchCapability({ tool, others, noun }: Peers, fact: "toolCalling" | "reasoning"): CapabilityInput[] {
  const entry = tool.facts[fact];
  if (!entry?.value) return [];
  const alike = others.filter((peer) => peer.facts[fact]?.value === true);
  const copy = fact === "toolCalling"
    ? { title: "Calls tools you define", description: `${tool.name} can choose a function you describe and fill in its arguments, so applications can let it act through their own tools.`, tag: "function-calling", what: "call tools" }
    : { title: "Thinks before it answers", description: `${tool.name} has a reasoning mode: it works through a problem step by step before giving its answer, which helps with maths, code and planning at the cost of extra tokens.`, tag: "reasoning", what: "have a reasoning mode" };
  return [
    {
      title: copy.title,
      description: copy.description,
      unique: `${alike.length + 1} of the ${others.length + 1} current ${noun}s in the catalogue ${copy.what}.`,
      vsAlternatives: alike.length ? `Among them: ${joinWords(alike.slice(0, 4).map((peer) => peer.name))}.` : `It is the only current ${noun} in the catalogue that states it.`,
      tags: [copy.tag],
      sources: [entry.source.url],
    },
  ];
}

function openWeightsCapability({ tool, others, noun }: Peers): CapabilityInput[] {
  const entry = tool.facts.openWeights;
  if (!entry?.value) return [];
  const open = others.filter((peer) => peer.facts.openWeights?.value === true);
  return [
    {
      title: "Weights you can download and run yourself",
      description: `The weights of ${tool.name} are published, so it can run on your own hardware or any host, with no calls to the vendor.`,
      unique: `${open.length + 1} of the ${others.length + 1} current ${noun}s in the catalogue publish their weights.`,
      vsAlternatives: open.length ? `Other open-weight ${noun}s: ${joinWords(open.slice(0, 4).map((peer) => peer.name))}.` : `No other current ${noun} in the catalogue publishes its weights.`,
      tags: ["open-weights", "self-hostable"],
      sources: [entry.source.url],
    },
  ];
}

function priceCapability({ tool, others, noun }: Peers): CapabilityInput[] {
  const own = listPrices(tool);
  const source = tool.offers.flatMap((o) => o.prices).find((p) => p.isStarting && p.validTo === null)?.source;
  if (!own || !source) return [];
  const read = (peer: DerivableTool) => listPrices(peer)?.input;
  const values = others.flatMap((peer) => (read(peer) === undefined ? [] : [read(peer)!]));
  const close = nearest(others, own.input || 0.001, (peer) => read(peer) || undefined);
  const extras = [own.cached && "cached-input", own.batch && "batch"].filter(Boolean);
  return [
    {
      title: `${formatMoney(String(own.input))} in, ${formatMoney(String(own.output))} out per 1M tokens`,
      description: `${tool.name}'s list price is ${formatMoney(String(own.input))} per million input tokens and ${formatMoney(String(own.output))} per million output tokens${extras.length ? `, with ${joinWords(extras as string[])} prices too` : ""}.`,
      unique: `Its input price is ${position(own.input, values, false, noun, ["cheapest", "cheapest"])}.`,
      vsAlternatives: close.length ? `Nearest in input price: ${joinWords(close.map((c) => `${c.name} (${formatMoney(String(c.value))})`))}.` : `No other current ${noun} in the catalogue has a token price yet.`,
      tags: [...(own.cached ? ["prompt-caching"] : []), ...(own.batch ? ["batch-processing"] : []), "token-pricing"],
      sources: [source.url],
    },
  ];
}

/** A tool's derived capabilities, in a fixed order; none for a tool with hand-written ones. */
export function deriveCapabilities(tool: DerivableTool, catalogue: readonly DerivableTool[]): CapabilityInput[] {
  const peers = peersOf(tool, catalogue);
  return [
    ...contextCapability(peers),
    ...modalityCapabilities(peers),
    ...switchCapability(peers, "reasoning"),
    ...switchCapability(peers, "toolCalling"),
    ...openWeightsCapability(peers),
    ...priceCapability(peers),
  ];
}
