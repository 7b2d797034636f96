/** How the check compares a value with a target, a plan or an average: by the indicator's direction, past binary noise. */
import type { Direction } from "../catalog";

/** Binary noise of sums and conversions is not a miss. */
export const EPSILON = 1e-9;

export function worse(value: number, reference: number, direction: Direction): boolean {
  return direction === "lower" ? value > reference + EPSILON : value < reference - EPSILON;
}
