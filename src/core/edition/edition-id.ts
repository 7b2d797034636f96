/**
 * The id of an imported edition: the region's name in ASCII (Russian transliterated, the word «область» and the like
 * left out) and the year it was approved, else its first year: «Приозёрная область», 15.03.2025 → «priozernaya-2025».
 */
import { BUILT_IN_EDITION_ID } from "./builtin";

const LETTERS: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch",
  ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};

/** Words that say what kind of region it is, not which one. */
const KIND_WORDS = new Set(["область", "край", "республика", "автономный", "автономная", "округ", "город", "г", "федерального", "значения"]);

export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((ch) => LETTERS[ch] ?? ch).join("");
}

function slug(text: string): string {
  return transliterate(text).replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

export function editionId(region: string, approved: string | undefined, firstYear: string | undefined): string {
  const words = region.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const own = words.filter((w) => !KIND_WORDS.has(w));
  const name = slug((own.length > 0 ? own : words).join(" ")) || "region";
  const year = /(\d{4})(?!.*\d{4})/.exec(approved ?? "")?.[1] ?? firstYear;
  const id = year ? `${name}-${year}` : name;
  // Only the built-in data may carry the built-in id (the import checks that first).
  return id === BUILT_IN_EDITION_ID ? `${id}-region` : id;
}
