/**
 * The one parameter the cached dynamic routes list in `generateStaticParams`.
 * Next.js needs one to render the rest on demand as whole static pages (with
 * `ensureStatic = "navigation"`); the build has no database, so the page
 * answers this value with a 404 before reading anything. It is never a valid
 * slug or comparison, so proxy.ts answers 404 for it at run time too.
 */
export const BUILD_PLACEHOLDER = "_";

export function placeholderParams<Key extends string>(key: Key): Record<Key, string>[] {
  return [{ [key]: BUILD_PLACEHOLDER } as Record<Key, string>];
}
