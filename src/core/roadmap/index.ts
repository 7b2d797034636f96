export { buildRoadmap, unitFormat, INPUT_FILL } from "./build";
export type { RoadmapOptions } from "./build";
export { roadmapNames, markerComment, sectorCodeFromMarker, ROADMAP_COLUMNS } from "./layout";
export { roadmapTexts } from "./texts";
