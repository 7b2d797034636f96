export function localizeMetadata(englishJson: string, translations: object, locale: string): string;
