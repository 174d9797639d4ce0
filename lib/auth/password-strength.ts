import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as english from "@zxcvbn-ts/language-en";
import { MIN_PASSWORD_SCORE } from "./policy";

// zxcvbn-ts estimates how many guesses a password takes, knowing common
// passwords (the lists of breached ones), English words and names, keyboard
// patterns, repeats, sequences and dates; its dictionaries ship in the npm
// packages, so nothing is fetched. Server-only: the dictionaries are large.

let checker: ZxcvbnFactory | undefined;
const zxcvbn = () =>
  (checker ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...english.dictionary },
    graphs: common.adjacencyGraphs,
    translations: english.translations,
  }));

/**
 * Why a password is too easy to guess, in the library's words, or null when
 * it is strong enough. `related` are words an attacker would try first for
 * this account (its email and name).
 */
export function passwordWeakness(password: string, related: readonly string[] = []): string | null {
  const result = zxcvbn().check(password, ["toolmatch", ...related]);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const advice = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(" ");
  return `is too easy to guess${advice ? `: ${advice}` : ""}`;
}
