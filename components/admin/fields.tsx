import type { ReactNode } from "react";

type Common = { id: string; name: string; label: string; error?: string; hint?: string };

/** Label, control, hint and an always-present live region for the field's error (so screen readers hear it appear). */
function FieldShell({ id, label, error, hint, children }: Omit<Common, "name"> & { children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="muted text-xs">
          {hint}
        </p>
      )}
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {error ? `${label} ${error}` : ""}
      </p>
    </div>
  );
}

const described = ({ id, error, hint }: Common) => ({
  "aria-describedby": [hint && `${id}-hint`, `${id}-error`].filter(Boolean).join(" "),
  "aria-invalid": error ? true : undefined,
});

export function TextField(props: Common & { defaultValue?: string; type?: "text" | "url" | "date" | "email" | "password" | "number"; required?: boolean; step?: string }) {
  const { id, name, defaultValue, type = "text", required, step } = props;
  return (
    <FieldShell {...props}>
      <input id={id} name={name} type={type} step={step} defaultValue={defaultValue} required={required} className="field" {...described(props)} />
    </FieldShell>
  );
}

export function TextArea(props: Common & { defaultValue?: string; rows?: number; required?: boolean }) {
  const { id, name, defaultValue, rows = 3, required } = props;
  return (
    <FieldShell {...props}>
      <textarea id={id} name={name} rows={rows} defaultValue={defaultValue} required={required} className="field" {...described(props)} />
    </FieldShell>
  );
}

export function SelectField(props: Common & { defaultValue?: string; options: readonly { value: string; label: string }[] }) {
  const { id, name, defaultValue, options } = props;
  return (
    <FieldShell {...props}>
      <select id={id} name={name} defaultValue={defaultValue} className="field" {...described(props)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}

export function CheckboxField({ id, name, label, defaultChecked, error }: Omit<Common, "hint"> & { defaultChecked?: boolean }) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="flex items-center gap-2 text-sm">
        <input id={id} name={name} type="checkbox" defaultChecked={defaultChecked} aria-describedby={`${id}-error`} />
        {label}
      </label>
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700 dark:text-red-400">
        {error ? `${label} ${error}` : ""}
      </p>
    </div>
  );
}

/** Which tool, and the version the form was rendered from: the server refuses a save based on an older one. */
export function ToolRefFields({ toolId, version }: { toolId: number; version: number }) {
  return (
    <>
      <input type="hidden" name="toolId" value={String(toolId)} />
      <input type="hidden" name="version" value={String(version)} />
    </>
  );
}

/**
 * The values the form was rendered with. After a conflict the server compares
 * them with what was submitted, to keep only what the editor changed.
 */
export function BaseValues({ values }: { values: Record<string, string | string[] | null | boolean> }) {
  const base = Object.fromEntries(
    Object.entries(values)
      .filter(([, value]) => value !== false && value !== null)
      .map(([name, value]) => [name, value === true ? "on" : value]),
  );
  return <input type="hidden" name="base" value={JSON.stringify(base)} />;
}
