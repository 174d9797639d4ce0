import { useSyncExternalStore } from "react";

const noChanges = () => () => undefined;

/**
 * False while the server renders and the browser hydrates, true once React
 * runs the page: forms mark themselves `data-ready` with it, because typing
 * before that may be lost when React takes over the page.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noChanges, () => true, () => false);
}
