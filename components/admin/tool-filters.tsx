import Link from "next/link";
import { ADMIN_PATHS } from "@/lib/admin/paths";
import { ADMIN_TOOL_SORTS, type AdminToolQuery } from "@/lib/admin/tool-list";
import { LIFECYCLE_LABELS, LIFECYCLE_STATUSES, TOOL_CATEGORIES, TOOL_CATEGORY_LABELS, TOOL_KIND_LABELS, TOOL_KINDS } from "@/lib/schemas/enums";

const choices = <T extends string>(values: readonly T[], label: (value: T) => string) => values.map((value) => ({ value, label: label(value) }));

function Select({ name, label, value, all, options }: { name: string; label: string; value?: string; all?: string; options: { value: string; label: string }[] }) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      {label}
      <select name={name} defaultValue={value ?? ""} className="field">
        {all && <option value="">{all}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Search, filters and sort of the admin's tool list: a plain GET form, so it works without JavaScript and every state has a URL. */
export function ToolFilters({ query }: { query: AdminToolQuery }) {
  return (
    <form method="get" action={ADMIN_PATHS.tools()} role="search" aria-label="Find tools" className="card flex flex-wrap items-end gap-3">
      <label className="flex flex-col gap-1 text-sm">
        Name or slug
        <input type="search" name="q" defaultValue={query.q ?? ""} className="field" maxLength={100} />
      </label>
      <Select name="kind" label="Kind" value={query.kind} all="Every kind" options={choices(TOOL_KINDS, (kind) => TOOL_KIND_LABELS[kind])} />
      <Select name="category" label="Category" value={query.category} all="Every category" options={choices(TOOL_CATEGORIES, (category) => TOOL_CATEGORY_LABELS[category].many)} />
      <Select name="status" label="Status" value={query.status} all="Every status" options={choices(LIFECYCLE_STATUSES, (status) => LIFECYCLE_LABELS[status])} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="stale" value="yes" defaultChecked={query.stale === "yes"} /> Prices over 180 days old
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="pending" value="yes" defaultChecked={query.pending === "yes"} /> Pending proposals
      </label>
      <Select name="sort" label="Sort by" value={query.sort} options={Object.entries(ADMIN_TOOL_SORTS).map(([value, label]) => ({ value, label }))} />
      <button type="submit" className="button">
        Show
      </button>
      <Link href={ADMIN_PATHS.tools()} className="text-sm">
        Clear
      </Link>
    </form>
  );
}
