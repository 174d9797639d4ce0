import { describe, expect, it } from "vitest";
import { z } from "zod";
import { changedFields, fieldErrors, formValues, typed, typedChecked, typedList, type FormState } from "@/lib/admin/form-state";
import { safeAdminPath } from "@/lib/admin/paths";
import { scoreSignalSchema } from "@/lib/schemas/tool";

describe("admin form state", () => {
  it("reads a form as typed: repeated fields as lists, React's own fields left out", () => {
    const data = new FormData();
    data.append("title", "T");
    data.append("tags", "a");
    data.append("tags", "b");
    data.append("$ACTION_ID_123", "");
    expect(formValues(data)).toEqual({ title: "T", tags: ["a", "b"] });
  });

  it("words Zod's generic messages like the schemas do, and keeps the schemas' own", () => {
    const result = scoreSignalSchema.safeParse({ kind: "nope", value: Number.NaN, source: { url: "ftp://x", date: undefined, checkedAt: "2025-01-01", kind: "vendor" } });
    expect(fieldErrors(result.error!)).toEqual({
      kind: "is not one of the choices",
      value: "must be a number",
      "source.url": "must be an http(s) URL",
      "source.date": "must be a date written YYYY-MM-DD",
    });
    expect(fieldErrors(z.object({ a: z.string() }).safeParse({}).error!)).toEqual({ a: "is required" });
  });

  it("after a conflict, shows typed values only in the fields the editor changed", () => {
    const base = JSON.stringify({ summary: "old", vendor: "V", freeTier: "on", tags: ["a", "b"] });
    const values = { summary: "old", vendor: "New V", tags: ["b", "a"] };
    const changed = changedFields(values, base);
    expect(changed).toEqual(["vendor", "freeTier"]);
    const state: FormState = { status: "conflict", message: "", currentVersion: 2, entries: [], changed, values };
    expect(typed(state, "vendor")).toBe("New V");
    expect(typed(state, "summary")).toBeUndefined();
    expect(typedChecked(state, "freeTier")).toBe(false);
    expect(typedList(state, "tags")).toBeUndefined();
    expect(changedFields(values, "not json")).toEqual(["summary", "vendor", "tags"]);
  });

  it("after a refused save, shows every typed value", () => {
    const state: FormState = { status: "invalid", message: "", fieldErrors: {}, values: { title: "", tags: "a" } };
    expect(typed(state, "title")).toBe("");
    expect(typedList(state, "tags")).toEqual(["a"]);
    expect(typedList(state, "missing")).toEqual([]);
    expect(typed({ status: "idle" }, "title")).toBeUndefined();
  });
});

describe("where sign-in returns to", () => {
  it("only ever to a path of the admin", () => {
    expect(safeAdminPath("/admin/tools/gpt-4o")).toBe("/admin/tools/gpt-4o");
    expect(safeAdminPath("/admin/audit?tool=x&editor=a%40b.c")).toBe("/admin/audit?tool=x&editor=a%40b.c");
    for (const evil of ["https://evil.example/admin", "//evil.example", "/administrator", "/tools", undefined, "/admin/../x\\y"]) {
      expect(safeAdminPath(evil)).toBe("/admin");
    }
  });
});
