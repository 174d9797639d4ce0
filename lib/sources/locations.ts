/** Where scripts/models-dev-api-json.ts writes models.dev's api.json, and where sources:sync reads it when MODELS_DEV_URL is unset. */
export const DEFAULT_MODELS_DEV_FILE = ".data/sources/models-dev-api.json";
