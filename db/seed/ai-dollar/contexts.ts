// Background the essay gives that bears on no claim, shown on its paragraph (docs/claim-map.md).
import type { SeedContext } from "../types";

export const contexts: SeedContext[] = [];
