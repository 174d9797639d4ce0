"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId, useState, type KeyboardEvent } from "react";
import { useHydrated } from "@/components/admin/use-hydrated";

/** One suggestion as /api/v1/suggest gives it, flattened: what it says and where it leads. */
type Option = { id: string; label: string; group: string; path: string };
type SuggestBody = {
  tools: { name: string; kind: string; path: string }[];
  capabilities: { title: string; path: string }[];
  tags: { name: string; path: string }[];
};

const SUGGEST_URL = "/api/v1/suggest";
/** Wait this long after the last key before asking, so a fast typist sends one request. */
const DEBOUNCE_MS = 120;

function optionsOf(body: SuggestBody, prefix: string): Option[] {
  return [
    ...body.tools.map((tool, n) => ({ id: `${prefix}-t${n}`, label: tool.name, group: `Tool · ${tool.kind}`, path: tool.path })),
    ...body.capabilities.map((capability, n) => ({ id: `${prefix}-c${n}`, label: capability.title, group: "Capability", path: capability.path })),
    ...body.tags.map((tag, n) => ({ id: `${prefix}-g${n}`, label: tag.name, group: "Capability tag", path: tag.path })),
  ];
}

/** Suggestions for the typed text, newest request only; empty for blank text. */
function useSuggestions(text: string, prefix: string): Option[] {
  const [options, setOptions] = useState<Option[]>([]);
  useEffect(() => {
    const typed = text.trim();
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      if (!typed) return setOptions([]);
      try {
        const response = await fetch(`${SUGGEST_URL}?${new URLSearchParams({ q: typed.slice(0, 100) })}`, { signal: controller.signal });
        if (response.ok) setOptions(optionsOf((await response.json()) as SuggestBody, prefix));
      } catch {
        // Aborted by newer typing, or offline: the plain search still works.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, prefix]);
  return options;
}

/**
 * The search field. Rendered as a plain input of a GET form (works without
 * JavaScript); once hydrated it becomes an ARIA 1.2 combobox with a listbox
 * of suggestions: arrows move, Enter opens the active suggestion or searches,
 * Escape closes, and a live region says how many suggestions there are.
 */
export function SearchBox({ q, autoFocus, placeholder }: { q?: string; autoFocus: boolean; placeholder: string }) {
  const ready = useHydrated();
  const router = useRouter();
  const prefix = useId().replace(/:/g, "");
  const listId = `${prefix}-list`;
  const [text, setText] = useState(q ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = useSuggestions(text, prefix);
  const expanded = ready && open && options.length > 0;

  const choose = (option: Option) => {
    setOpen(false);
    router.push(option.path);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!expanded) return setOpen(true);
      // Cycles through the options and back to the text itself (-1).
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => ((current + step + 1 + options.length + 1) % (options.length + 1)) - 1);
    } else if (event.key === "Enter" && expanded && active >= 0 && options[active]) {
      event.preventDefault();
      choose(options[active]);
    } else if (event.key === "Escape") {
      // Open: close the list and keep the text (a search field would clear itself). Closed: clear, as the field does.
      if (expanded) {
        event.preventDefault();
        setOpen(false);
      } else setText("");
      setActive(-1);
    }
  };

  return (
    <div className="relative min-w-0 flex-1" data-ready={ready}>
      <input
        id="search-q"
        name="q"
        type="search"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
        maxLength={200}
        autoFocus={autoFocus}
        autoComplete="off"
        className="field w-full"
        placeholder={placeholder}
        {...(ready && {
          role: "combobox",
          "aria-expanded": expanded,
          "aria-controls": listId,
          "aria-autocomplete": "list" as const,
          "aria-activedescendant": expanded && active >= 0 ? options[active]?.id : undefined,
        })}
      />
      {ready && (
        <ul
          id={listId}
          role="listbox"
          aria-label="Suggestions"
          hidden={!expanded}
          className="absolute inset-x-0 top-full z-20 mt-1 max-h-80 overflow-auto rounded-md border border-zinc-300 bg-white py-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
        >
          {options.map((option, index) => (
            <li
              key={option.id}
              id={option.id}
              role="option"
              aria-selected={index === active}
              // Keep focus in the input: a mousedown would blur it and close the list before the click.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
              className={`flex cursor-pointer justify-between gap-3 px-3 py-1.5 text-sm ${index === active ? "bg-accent-soft dark:bg-sky-900" : ""}`}
            >
              <span>{option.label}</span>
              <span className="muted text-xs">{option.group}</span>
            </li>
          ))}
        </ul>
      )}
      {ready && (
        <p role="status" aria-live="polite" className="sr-only">
          {open && text.trim() ? `${options.length} ${options.length === 1 ? "suggestion" : "suggestions"}${options.length ? ": use the arrow keys to choose" : ""}` : ""}
        </p>
      )}
    </div>
  );
}
