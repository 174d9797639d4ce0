import { afterEach, describe, expect, it } from "vitest";
import { sourcesEnv } from "@/lib/env";

describe("MODELS_DEV_URL", () => {
  const original = process.env.MODELS_DEV_URL;
  afterEach(() => {
    if (original === undefined) delete process.env.MODELS_DEV_URL;
    else process.env.MODELS_DEV_URL = original;
  });

  it.each(["https://models.dev/api.json", ".data/sources/models-dev-api.json", "/srv/models-dev/api.json"])("accepts %s", (value) => {
    process.env.MODELS_DEV_URL = value;
    expect(sourcesEnv().MODELS_DEV_URL).toBe(value);
  });

  it("is optional, and refuses another scheme with the variable's name and the reason", () => {
    delete process.env.MODELS_DEV_URL;
    expect(sourcesEnv().MODELS_DEV_URL).toBeUndefined();
    process.env.MODELS_DEV_URL = "ftp://models.dev/api.json";
    expect(() => sourcesEnv()).toThrow("Invalid environment: MODELS_DEV_URL must be an http(s) URL or a file path");
  });
});
