import fc from "fast-check";

/** How many generated inputs each property gets. */
export const RUNS = 2000;

/** CI must pass on every run, so generated inputs come from one fixed seed unless FC_SEED says otherwise ("random" explores). */
export const SEED: number | undefined = process.env.FC_SEED === "random" ? undefined : Number(process.env.FC_SEED ?? 20_261_201);

/** Names every object inherits: the family that once passed as known parameters. */
export const INHERITED_NAMES = ["__proto__", "constructor", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "propertyIsEnumerable", "toLocaleString", "__defineGetter__", "__lookupSetter__"];

/** Text as URLs and forms carry it: anything, with the odd characters that break parsers over-represented. */
export const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom("", " ", "-", "--", "a-", "-a", "0", "-1", "1e9", "NaN", "Infinity", "1.5", "999999999999999999999", "null", "undefined", "%00", "\u0000", "é", "ＡＢ", "a,b", ",", "a,,b", "a".repeat(201)),
);

/** A slug-looking value: often valid, often almost. */
export const slugish = fc.oneof(fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/), fc.stringMatching(/^[A-Za-z0-9_\-.]{0,12}$/), text);

/** Query parameters: names from the endpoint, the inherited family and anything else; repeated at times. */
export function queryParams(known: readonly string[]): fc.Arbitrary<URLSearchParams> {
  const name = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...known, "q") }, { weight: 1, arbitrary: fc.constantFrom(...INHERITED_NAMES) }, { weight: 1, arbitrary: fc.string({ maxLength: 10 }) });
  const value = fc.oneof(text, slugish, fc.integer({ min: -5, max: 600 }).map(String), fc.constantFrom("model", "paid", "yes", "no", "rank", "name"));
  return fc.array(fc.tuple(name, value), { maxLength: 8 }).map((pairs) => {
    const params = new URLSearchParams();
    for (const [key, item] of pairs) params.append(key, item);
    return params;
  });
}
