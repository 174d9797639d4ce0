"use client";

import { z } from "zod";

// Zod compiles faster parsers with `new Function` when the page allows it, and
// finds out by trying. Our Content-Security-Policy allows no eval, so the try
// is refused and reported as a violation: in the browser it is told not to try.
z.config({ jitless: true });

/** Renders nothing; being in the layout makes the setting above run before any page parses. */
export function ZodWithoutEval() {
  return null;
}
