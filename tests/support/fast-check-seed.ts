import fc from "fast-check";
import { SEED } from "./arbitraries";

// A failure prints its seed, which FC_SEED=<seed> replays.
if (SEED !== undefined) fc.configureGlobal({ seed: SEED });
