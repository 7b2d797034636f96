/** The dev origin in manifest.xml and its replacement by the deployment origin in a production build. */
const DEV_ORIGIN = "https://localhost:3000";

/** ADDIN_ORIGIN (e.g. https://addins.example.gov.ru/cdto) for a production build; the dev origin otherwise. */
function deploymentOrigin() {
  const value = (process.env.ADDIN_ORIGIN || "").trim().replace(/\/+$/, "");
  if (!value) {
    console.warn(`ADDIN_ORIGIN is not set: the production manifest keeps ${DEV_ORIGIN}.`);
    return DEV_ORIGIN;
  }
  if (!/^https:\/\/[^\s/]+(\/[^\s]*)?$/.test(value)) throw new Error(`ADDIN_ORIGIN must be an https URL, got "${value}"`);
  return value;
}

/** Replaces every occurrence of the dev origin (the templates replace only the first). */
function withOrigin(text, origin) {
  return text.split(DEV_ORIGIN).join(origin);
}

module.exports = { DEV_ORIGIN, deploymentOrigin, withOrigin };
