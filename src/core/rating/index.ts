/** Training rating of executive bodies: rating, recommendations and the sheet «Рейтинг обучения». Pure core. */
export { nameKey, rateBodies } from "./rating";
export type { BodyRow, RatedBody, RatingResult, RatingTotals, RowProblem } from "./rating";
export { recommend, recommendationBlock, recommendationLines } from "./recommendations";
export type { BlockRow, BlockRowKind, GainGroup, RecommendationLine, RecommendationSection, Recommendations } from "./recommendations";
export { BLOCK_ROW_STYLES, EMPTY_TEMPLATE_ROWS, RATING_NAMES, buildRatingSheet, ratingLayout, rowFormulas } from "./sheet";
export type { RatingLayout, RatingSheetOptions } from "./sheet";
export { peopleGenitive, points, ratingMessages, recommendationTexts, sheetTexts } from "./messages";
