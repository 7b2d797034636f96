/**
 * Offline checks of manifest.xml (office-addin-manifest's own validate needs the internet): well-formed XML,
 * a GUID id, every URL on the configured https origin, every resid defined exactly once.
 */
const xml2js = require("xml2js");

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** Ids of Microsoft's templates: a copy that keeps one collides with every other copy in Office. */
const TEMPLATE_IDS = new Set(["05c2e1c9-3e1d-406e-9a91-e9ac64854143", "00000000-0000-0000-0000-000000000000"]);
/** Namespace URIs are identifiers, not addresses the add-in loads. */
const NAMESPACE_ATTRIBUTE = /^xmlns(:|$)/;

/** Visits every element: (name, attributes, text). */
function walk(node, name, visit) {
  if (typeof node !== "object" || node === null) {
    visit(name, {}, typeof node === "string" ? node : "");
    return;
  }
  visit(name, node.$ || {}, typeof node._ === "string" ? node._ : "");
  for (const [key, value] of Object.entries(node)) {
    if (key === "$" || key === "_") continue;
    for (const child of Array.isArray(value) ? value : [value]) walk(child, key, visit);
  }
}

async function checkManifest(xmlText, origin) {
  let doc;
  try {
    doc = await xml2js.parseStringPromise(xmlText, { strict: true });
  } catch (error) {
    return [`XML is not well-formed: ${error.message.split("\n")[0]}`];
  }
  const problems = [];
  const root = doc.OfficeApp;
  if (!root) return ["The root element is not <OfficeApp>."];
  const id = (root.Id && root.Id[0]) || "";
  if (!GUID.test(id.trim())) problems.push(`<Id> "${id}" is not a GUID.`);
  else if (TEMPLATE_IDS.has(id.trim().toLowerCase())) problems.push(`<Id> ${id} is a template's id: generate a new GUID.`);

  const defined = new Map();
  const used = [];
  const urls = [];
  walk(root, "OfficeApp", (name, attributes, text) => {
    if (attributes.id !== undefined && /^bt:(Image|Url|String)$/.test(name)) {
      defined.set(attributes.id, (defined.get(attributes.id) || 0) + 1);
    }
    if (attributes.resid !== undefined) used.push(`${name} resid="${attributes.resid}"`);
    for (const [key, value] of Object.entries(attributes)) {
      if (!NAMESPACE_ATTRIBUTE.test(key) && /^\w+:\/\//.test(value)) urls.push({ where: `${name}@${key}`, url: value });
    }
    if (/^\w+:\/\//.test(text.trim())) urls.push({ where: name, url: text.trim() });
  });
  for (const [resid, count] of defined) if (count > 1) problems.push(`Resource id "${resid}" is defined ${count} times.`);
  for (const use of used) {
    const resid = use.match(/resid="(.*)"/)[1];
    if (!defined.has(resid)) problems.push(`${use} is not defined in <Resources>.`);
  }
  for (const { where, url } of urls) {
    if (url !== origin && !url.startsWith(`${origin}/`)) problems.push(`${where}: ${url} is not on ${origin}.`);
  }
  if (urls.length === 0) problems.push("The manifest has no URL at all.");
  return problems;
}

module.exports = { checkManifest };
