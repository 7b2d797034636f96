/**
 * Builds a localized custom-functions metadata file from the generated English one: same ids, parameters and
 * types, only names and descriptions replaced. Fails on a function or parameter without a translation.
 */
function localizeMetadata(englishJson, translations, locale) {
  const metadata = JSON.parse(englishJson);
  const ids = new Set(metadata.functions.map((f) => f.id));
  const extra = Object.keys(translations).filter((id) => !ids.has(id));
  if (extra.length > 0) throw new Error(`${locale}: translations for unknown functions: ${extra.join(", ")}`);
  for (const fn of metadata.functions) {
    const t = translations[fn.id];
    if (!t || !t.name || !t.description) throw new Error(`${locale}: no name or description for ${fn.id}`);
    const englishParams = fn.parameters.map((param) => param.name);
    const unknownParams = Object.keys(t.parameters || {}).filter((name) => !englishParams.includes(name));
    if (unknownParams.length > 0) throw new Error(`${locale}: unknown parameters of ${fn.id}: ${unknownParams.join(", ")}`);
    fn.name = t.name;
    fn.description = t.description;
    for (const param of fn.parameters) {
      const p = t.parameters && t.parameters[param.name];
      if (!p || !p.name || !p.description) throw new Error(`${locale}: no translation for ${fn.id}(${param.name})`);
      param.name = p.name;
      param.description = p.description;
    }
  }
  return JSON.stringify(metadata, null, 2);
}

module.exports = { localizeMetadata };
