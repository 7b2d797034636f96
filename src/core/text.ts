/**
 * Trimming a run of characters at the ends of a text with a loop. A pattern like /[.,;]+$/ retries at every character
 * of a long run that does not reach the end, which is quadratic in a hostile cell; these are linear.
 */
export function trimEndOf(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && characters.includes(text[end - 1])) end--;
  return text.slice(0, end);
}

export function trimStartOf(text: string, characters: string): string {
  let start = 0;
  while (start < text.length && characters.includes(text[start])) start++;
  return text.slice(start);
}
