type Query = Record<string, string | number | undefined>;

/** A path with its query: empty values, and a first page, are left out. */
function withQuery(path: string, query: Query): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== "" && !(name === "page" && Number(value) <= 1)) params.set(name, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** Admin URLs, built in one place. */
export const ADMIN_PATHS = {
  home: "/admin",
  /** The tool list with its search, filters, sort and page. */
  tools: (query: Query = {}) => withQuery("/admin", { ...query, sort: query.sort === "name" ? undefined : query.sort }),
  signIn: "/admin/sign-in",
  newTool: "/admin/tools/new",
  tool: (slug: string) => `/admin/tools/${slug}`,
  audit: (filters: { tool?: string; editor?: string; page?: number } = {}) => {
    const params = new URLSearchParams();
    if (filters.tool) params.set("tool", filters.tool);
    if (filters.editor) params.set("editor", filters.editor);
    if (filters.page && filters.page > 1) params.set("page", String(filters.page));
    const search = params.toString();
    return search ? `/admin/audit?${search}` : "/admin/audit";
  },
  proposals: (filters: { source?: string; kind?: string; tool?: string; page?: number } = {}) => withQuery("/admin/proposals", filters),
  importExport: "/admin/import",
  exportFile: "/admin/export",
  users: "/admin/users",
} as const;

/** Where to go after signing in: only a path inside the admin (never another site). */
export function safeAdminPath(value: string | string[] | undefined): string {
  const path = Array.isArray(value) ? value[0] : value;
  return path && /^\/admin(\/[\w\-/?=&%.]*)?$/.test(path) && !path.startsWith("//") ? path : ADMIN_PATHS.home;
}
