import { format } from "node:util";
import { afterEach, beforeEach } from "vitest";

// Every vitest test fails on a console.error it did not expect. A test that
// provokes one on purpose replaces console.error itself
// (vi.spyOn(console, "error").mockImplementation(...)) and checks the call.

const original = console.error.bind(console);
let unexpected: string[] = [];

const trap = (...args: unknown[]) => {
  unexpected.push(format(...args));
  original(...args);
};

beforeEach(() => {
  unexpected = [];
  console.error = trap;
});

afterEach(() => {
  const found = unexpected;
  unexpected = [];
  if (found.length > 0) throw new Error(`Unexpected console.error during the test:\n${found.map((line) => `  ${line.split("\n")[0]}`).join("\n")}`);
});
