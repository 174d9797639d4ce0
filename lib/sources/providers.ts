// Providers as the sync knows them: one slug per provider across datasets and
// the catalogue, and which providers are a lab selling its own models (only
// those can bring a new model into the catalogue, and only their listing
// gives a model's structured facts: a host may cap the context window).

/** Other spellings of a provider, in datasets or older catalogue entries, and the slug they stand for. */
const ALIASES: Record<string, string> = {
  "mistral-ai": "mistral",
  xai: "x-ai",
  "perplexity-ai": "perplexity",
  "groq-inc": "groq",
  "amazon-bedrock": "aws",
  togetherai: "together",
  "fireworks-ai": "fireworks",
  "novita-ai": "novita",
  "cloudflare-workers-ai": "cloudflare",
  llama: "meta",
};

/** The one slug of a provider: lowercased, underscores as hyphens, aliases resolved. */
export function canonicalProvider(id: string): string {
  const slug = id.trim().toLowerCase().replace(/[_\s.]+/g, "-");
  return ALIASES[slug] ?? slug;
}

type Lab = { vendor: string; /** When the lab also resells others' models: the ids of its own. */ models?: RegExp };

/** Labs that sell their own models, by provider slug, with the vendor name the catalogue gives them. */
export const OWN_PROVIDERS: Readonly<Record<string, Lab>> = {
  anthropic: { vendor: "Anthropic", models: /^claude/ },
  openai: { vendor: "OpenAI" },
  google: { vendor: "Google", models: /^(?:gemini|gemma|imagen|veo|lyria|learnlm|embedding|text-embedding|text-multilingual)/ },
  mistral: { vendor: "Mistral AI" },
  deepseek: { vendor: "DeepSeek" },
  "x-ai": { vendor: "xAI", models: /^grok/ },
  cohere: { vendor: "Cohere" },
  moonshotai: { vendor: "Moonshot AI" },
  zai: { vendor: "Z.ai", models: /^glm/ },
  zhipuai: { vendor: "Zhipu AI", models: /^(?:glm|cog)/ },
  minimax: { vendor: "MiniMax" },
  perplexity: { vendor: "Perplexity" },
  voyageai: { vendor: "Voyage AI" },
  alibaba: { vendor: "Alibaba Cloud", models: /^(?:qwen|qwq|qvq|wan)/ },
  xiaomi: { vendor: "Xiaomi", models: /^mimo/ },
  meta: { vendor: "Meta", models: /^llama/ },
};

/** The vendor when this provider is the lab that makes the model (its own listing); null for a host or reseller. */
export function ownVendor(provider: string, modelId: string): string | null {
  const lab = OWN_PROVIDERS[canonicalProvider(provider)];
  if (!lab) return null;
  const id = modelId.toLowerCase();
  return !lab.models || lab.models.test(id.slice(id.lastIndexOf("/") + 1)) ? lab.vendor : null;
}
