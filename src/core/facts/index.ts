/** Plan and fact: achievement, status and the formulas a roadmap with facts carries. */
export { achievement, DEFAULT_THRESHOLDS, STATUS, statusOf, type Status, type Thresholds } from "./achievement";
export { achievementFormula, lastQuarterFormula, sheetAchievement, sheetStatus, statusFormula } from "./formulas";
