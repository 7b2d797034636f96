/** npm run validate passes on our manifest and fails on deliberately broken copies; a production build moves every URL. */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { DEV_ORIGIN, withOrigin } from "../../scripts/origin";
import { REPO_ROOT } from "../support/seeds";

const manifest = readFileSync(join(REPO_ROOT, "manifest.xml"), "utf8");
const dir = mkdtempSync(join(tmpdir(), "manifest-"));

function validate(text: string, ...args: string[]) {
  const file = join(dir, `m${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, text);
  const run = spawnSync(process.execPath, [join(REPO_ROOT, "scripts/validate-manifest.mjs"), file, ...args], { encoding: "utf8" });
  return { status: run.status, output: run.stdout + run.stderr };
}

it("passes on our manifest", () => {
  const result = validate(manifest);
  expect(result.output).toMatch(/valid/);
  expect(result.status).toBe(0);
});

it("declares the shared runtime, the CDTO namespace, the functions extension point and a ru-RU name", () => {
  expect(manifest).toMatch(/<Set Name="SharedRuntime" MinVersion="1.1"\/>/);
  expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
  expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="CDTO"\/>/);
  expect(manifest).toMatch(/<ExtensionPoint xsi:type="CustomFunctions">/);
  expect(manifest).toMatch(/<DisplayName[^>]*>\s*<Override Locale="ru-RU" Value="[А-Яа-я]/);
  expect(manifest).toMatch(/<bt:Override Locale="ru-RU" Value="https:\/\/localhost:3000\/functions.ru-RU.json"\/>/);
  expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
});

it.each([
  ["not well-formed XML", manifest.replace("</OfficeApp>", ""), /not well-formed/],
  ["an id that is not a GUID", manifest.replace(/<Id>[^<]+<\/Id>/, "<Id>my-addin</Id>"), /not a GUID/],
  ["the template's GUID", manifest.replace(/<Id>[^<]+<\/Id>/, "<Id>05c2e1c9-3e1d-406e-9a91-e9ac64854143</Id>"), /template/],
  ["a URL on another origin", manifest.replace("https://localhost:3000/icon-32.png", "https://cdn.example.com/icon.png"), /cdn.example.com.*not on/],
  ["an undefined resid", manifest.replace('resid="TaskpaneButton.Tooltip"', 'resid="Nowhere"'), /resid="Nowhere" is not defined/],
  ["a resource defined twice", manifest.replace('<bt:Url id="Taskpane.Url"', '<bt:Url id="Functions.Script.Url"'), /defined 2 times/],
])("fails on %s", (_label, broken, message) => {
  const result = validate(broken);
  expect(result.status).toBe(1);
  expect(result.output).toMatch(message);
});

describe("production origin", () => {
  const origin = "https://addins.example.gov.ru/cdto";
  const moved = withOrigin(manifest, origin);

  it("replaces every occurrence of the dev origin, not only the first", () => {
    const count = manifest.split(DEV_ORIGIN).length - 1;
    expect(count).toBeGreaterThan(5);
    expect(moved).not.toContain(DEV_ORIGIN);
    expect(moved.split(origin).length - 1).toBe(count);
  });

  it("validates against the deployment origin and fails against the dev one", () => {
    expect(validate(moved, "--origin", origin).status).toBe(0);
    expect(validate(moved).status).toBe(1);
  });

  it("is what the production build writes into dist/manifest.xml", () => {
    const run = spawnSync(
      process.execPath,
      [join(REPO_ROOT, "node_modules/webpack/bin/webpack.js"), "--mode", "production", "--output-path", join(dir, "dist")],
      { cwd: REPO_ROOT, encoding: "utf8", env: { ...process.env, ADDIN_ORIGIN: origin } },
    );
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, "dist/manifest.xml"), "utf8")).toBe(moved);
  }, 120000);
});
