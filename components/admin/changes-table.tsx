import type { DiffValue, FieldChange } from "@/lib/admin/diff";

const show = (value: DiffValue) => (value === null ? "—" : Array.isArray(value) ? value.join(", ") || "—" : String(value));

/** Field-level changes: what each field was, and what it became. */
export function ChangesTable({ changes, caption }: { changes: FieldChange[]; caption?: string }) {
  if (changes.length === 0) return <p className="muted text-sm">No field changes recorded.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        {caption && <caption className="muted pb-1 text-left text-xs">{caption}</caption>}
        <thead>
          <tr className="border-b border-zinc-300 dark:border-zinc-700">
            <th scope="col" className="py-1 pr-3">Field</th>
            <th scope="col" className="px-2 py-1">Before</th>
            <th scope="col" className="px-2 py-1">After</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field} className="border-b border-zinc-200 align-top dark:border-zinc-800">
              <th scope="row" className="py-1 pr-3 font-mono text-xs font-normal">{change.field}</th>
              <td className="max-w-md px-2 py-1 break-words text-red-800 dark:text-red-300">{show(change.before)}</td>
              <td className="max-w-md px-2 py-1 break-words text-green-800 dark:text-green-300">{show(change.after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
