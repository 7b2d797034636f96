/** The built-in edition: Smolensk region's 2021 strategy, its protocol's regional ЦЗ targets and training bands. */
import strategy from "../catalog/strategy.json";
import regional from "../data/regional-targets.json";
import bands from "../data/training-bands.json";
import type { Sector } from "../catalog/types";
import type { Edition } from "./types";

export const BUILT_IN_EDITION_ID = "smolensk-2021";

export const builtInEdition: Edition = {
  id: BUILT_IN_EDITION_ID,
  region: "Смоленская область",
  regionGenitive: "Смоленской области",
  document: "Стратегия в области цифровой трансформации отраслей экономики, социальной сферы и государственного управления Смоленской области",
  approved: "2021",
  regionalTargets: regional.targets,
  bands: bands.bands,
  sectors: strategy as Sector[],
};
