/**
 * Workbook.settings (ExcelApi 1.4): key/value pairs kept in the workbook. Like Office.js, a value travels and is
 * stored as JSON, with Dates written as "Date(<ms>)" and revived as Dates when read (Excel.Setting.DateJSONPrefix).
 */

import { FakeClientObject, FakeClientResult, FakeCollection, type Readers } from "./client-object";
import type { FakeRequestContext } from "./context";
import { invalidArgument, itemNotFound } from "./errors";

const DATE_PREFIX = "Date(";
const DATE_SUFFIX = ")";

/**
 * The stored form of a setting value, computed when the call is made (Office.js serialises on the client, so a
 * circular value throws there and then). undefined: not representable as JSON (undefined, a function).
 */
export function settingJson(value: unknown): string | undefined {
  // JSON.stringify's type says string, but it gives undefined for undefined and functions.
  const json: string | undefined = JSON.stringify(value, function replacer(this: Record<string, unknown>, key: string, v: unknown) {
    const raw = this[key];
    return raw instanceof Date ? `${DATE_PREFIX}${raw.getTime()}${DATE_SUFFIX}` : v;
  });
  return json;
}

/** The value a stored setting reads back as: parsed JSON, "Date(ms)" strings revived as Dates. */
export function settingValue(json: string): unknown {
  return JSON.parse(json, (_key, v: unknown) => {
    if (typeof v === "string" && v.length > DATE_PREFIX.length + 1 && v.startsWith(DATE_PREFIX) && v.endsWith(DATE_SUFFIX)) {
      const ms = Number(v.slice(DATE_PREFIX.length, -DATE_SUFFIX.length));
      if (Number.isFinite(ms)) return new Date(ms);
    }
    return v;
  });
}

function checkKey(key: unknown, where: string): string {
  if (typeof key !== "string" || key === "") throw invalidArgument(where, "A setting key must be a non-empty string.");
  return key;
}

function checkJson(json: string | undefined, where: string): string {
  if (json === undefined) throw invalidArgument(where, "The setting value must be JSON-serialisable (not undefined or a function).");
  return json;
}

export class SettingCollectionProxy extends FakeCollection<SettingProxy> {
  constructor(ctx: FakeRequestContext) {
    super(ctx, "SettingCollection", "settings");
    ctx._requireApi("1.4", "Workbook.settings");
  }

  _members(): SettingProxy[] {
    return [...this._model.settings.keys()].map((key) => new SettingProxy(this._ctx, key, `settings.getItem(${key})`, false));
  }

  /** Adds or replaces (Excel's "sets or adds"). */
  add(key: string, value: unknown): SettingProxy {
    const json = settingJson(value);
    this._call("add", [key, json ?? null], () => {
      const where = "SettingCollection.add";
      this._model.settings.set(checkKey(key, where), checkJson(json, where));
    });
    return new SettingProxy(this._ctx, key, `settings.add(${key})`, false);
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._query(() => result._resolve(this._model.settings.size));
    return result;
  }

  getItem(key: string): SettingProxy {
    return new SettingProxy(this._ctx, key, `settings.getItem(${key})`, false);
  }

  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this._ctx, key, `settings.getItemOrNullObject(${key})`, true);
  }
}

export class SettingProxy extends FakeClientObject {
  _key: string;
  _orNull: boolean;

  constructor(ctx: FakeRequestContext, key: string, path: string, orNull: boolean) {
    super(ctx, "Setting", path);
    this._key = key;
    this._orNull = orNull;
    if (orNull) this._query(() => (this._isNull = !this._exists()));
  }

  _json(): string {
    const json = this._model.settings.get(this._key);
    if (json === undefined) throw itemNotFound(this._path, `The setting "${this._key}" doesn't exist.`);
    return json;
  }

  _exists(): boolean {
    return !this._orNull || this._model.settings.has(this._key);
  }

  _readers(): Readers {
    return {
      key: () => {
        this._json();
        return this._key;
      },
      value: () => settingValue(this._json()),
    };
  }

  get key(): string {
    return this._prop("key");
  }

  get value(): unknown {
    return this._prop("value");
  }
  set value(value: unknown) {
    const json = settingJson(value);
    this._write("value", value, () => {
      this._json();
      this._model.settings.set(this._key, checkJson(json, "Setting.value"));
    });
  }

  delete(): void {
    this._call("delete", [], () => {
      this._json();
      this._model.settings.delete(this._key);
    });
  }
}
