export const FUNCTION_FILES: string[];
