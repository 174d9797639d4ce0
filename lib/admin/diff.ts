/** A value as the audit log stores it. */
export type DiffValue = string | number | boolean | null | string[];

/** One field that changed: its path (as people read it), and the value before and after. */
export type FieldChange = { field: string; before: DiffValue; after: DiffValue };

/** Plain data to compare: nested records whose leaves are audit values. */
export type Diffable = { [key: string]: DiffValue | Diffable };

function flatten(value: Diffable | undefined, prefix: string, into: Map<string, DiffValue>): void {
  if (!value) return;
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (child !== null && typeof child === "object" && !Array.isArray(child)) flatten(child, path, into);
    else into.set(path, child);
  }
}

const same = (a: DiffValue | undefined, b: DiffValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Field-level differences between two versions of a record: every leaf that
 * was added, removed or changed, in the order the fields appear.
 */
export function diffRecords(before: Diffable | null, after: Diffable | null): FieldChange[] {
  const old = new Map<string, DiffValue>();
  const next = new Map<string, DiffValue>();
  flatten(before ?? undefined, "", old);
  flatten(after ?? undefined, "", next);
  const fields = [...new Set([...old.keys(), ...next.keys()])];
  return fields
    .filter((field) => !same(old.get(field), next.get(field)))
    .map((field) => ({ field, before: old.get(field) ?? null, after: next.get(field) ?? null }));
}

/** Parts of a tool are plain JSON data whose leaves are audit values, so they compare as they are. */
export const diffable = (value: object): Diffable => value as Diffable;
