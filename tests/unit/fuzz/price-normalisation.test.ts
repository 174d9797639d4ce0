import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPrice, normalizePrice, QUOTED_UNITS } from "@/lib/pricing";
import { PRICE_UNITS } from "@/lib/schemas/enums";
import { amountSchema, pricePointSchema } from "@/lib/schemas/tool";
import { RUNS, text } from "../../support/arbitraries";

const decimal = fc.stringMatching(/^\d{1,10}(\.\d{1,8})?$/);
const units = [...PRICE_UNITS, ...Object.keys(QUOTED_UNITS)] as (keyof typeof QUOTED_UNITS | (typeof PRICE_UNITS)[number])[];

describe("fuzzing price normalisation", () => {
  it("any amount the schema accepts normalises, in any unit, to a plain non-negative decimal in a stored unit", () => {
    fc.assert(
      fc.property(decimal, fc.constantFrom(...units), (raw, unit) => {
        const amount = amountSchema.parse(raw);
        const normal = normalizePrice(amount, unit);
        expect(normal.amount).toMatch(/^\d+(\.\d{1,8})?$/);
        expect(PRICE_UNITS).toContain(normal.unit);
        const factor = unit in QUOTED_UNITS ? QUOTED_UNITS[unit as keyof typeof QUOTED_UNITS].factor : 1;
        // Rounding to 8 decimals and 12 significant digits is the only difference from the exact product.
        expect(Math.abs(Number(normal.amount) - Number(amount) * factor)).toBeLessThanOrEqual(Math.max(1e-8, Number(amount) * factor * 1e-11));
        expect(formatPrice({ amount: normal.amount, currency: "USD", unit: normal.unit })).toMatch(/^\$[\d,]+(\.\d+)? per /);
      }),
      { numRuns: RUNS },
    );
  });

  it("any other input is refused by the schema with a reason, never thrown", () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.double().map(String), fc.constant("1e5"), fc.constant("-1")), fc.oneof(fc.constantFrom(...PRICE_UNITS), text), text, (amount, unit, currency) => {
        const parsed = pricePointSchema.safeParse({ label: "Price", amount, currency, unit, asOf: "2026-01-01" });
        if (!parsed.success) for (const issue of parsed.error.issues) expect(issue.message.length).toBeGreaterThan(0);
        else expect(normalizePrice(parsed.data.amount, parsed.data.unit).amount).toMatch(/^\d+(\.\d+)?$/);
      }),
      { numRuns: RUNS },
    );
  });
});
