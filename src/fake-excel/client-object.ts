/**
 * The base of every proxy: loaded-property cache, queued writes, load() parsing, and a guard that turns any
 * member the fake does not model into "not implemented in the fake: <Type.member>" instead of a silent undefined.
 */

import type { FakeRequestContext } from "./context";
import { invalidRequestContext, notImplemented, propertyNotLoaded, valueNotLoaded } from "./errors";
import type { WorkbookModel } from "./workbook-model";

/** Keys that JavaScript itself, jest and promise resolution probe on any object: never "not implemented". */
const PROBES = new Set(["then", "toJSON", "asymmetricMatch", "nodeType", "tagName", "inspect", "length", "constructor", "nodeName"]);

const isInternal = (key: string): boolean => key.startsWith("_") || key.startsWith("$") || key.startsWith("@");

export function guard<T extends object>(target: T, typeName: () => string): T {
  return new Proxy(target, {
    get(t, key, receiver) {
      if (typeof key === "symbol" || key in t || isInternal(key) || PROBES.has(key)) return Reflect.get(t, key, receiver) as unknown;
      throw notImplemented(`${typeName()}.${key}`);
    },
    set(t, key, value, receiver) {
      if (typeof key === "symbol" || key in t || isInternal(key)) return Reflect.set(t, key, value, receiver);
      throw notImplemented(`${typeName()}.${key}`);
    },
  });
}

/** A load request: property -> sub-request (null: the property itself, or all scalars of a child object). */
export type LoadTree = Map<string, LoadTree | null>;

function addPath(tree: LoadTree, path: string): void {
  const [head, ...rest] = path.split("/").map((p) => p.trim());
  if (!head) return;
  if (rest.length === 0) {
    if (!tree.has(head)) tree.set(head, null);
    return;
  }
  let sub = tree.get(head);
  if (!sub) {
    sub = new Map();
    tree.set(head, sub);
  }
  addPath(sub, rest.join("/"));
}

/** load("a,b/c"), load(["a", "b/c"]), load({ select, expand }), load({ a: true, b: { c: true } }); undefined: all scalars. */
export function parseLoadSpec(spec: unknown): LoadTree | null {
  if (spec === undefined || spec === null) return null;
  const tree: LoadTree = new Map();
  if (typeof spec === "string") {
    spec.split(",").forEach((p) => addPath(tree, p));
  } else if (Array.isArray(spec)) {
    for (const p of spec) if (typeof p === "string") p.split(",").forEach((q) => addPath(tree, q));
  } else if (typeof spec === "object") {
    const options = spec as Record<string, unknown>;
    if (typeof options.select === "string" || typeof options.expand === "string") {
      if (typeof options.select === "string") options.select.split(",").forEach((p) => addPath(tree, p));
      if (typeof options.expand === "string") options.expand.split(",").forEach((p) => addPath(tree, p));
    } else {
      for (const [key, value] of Object.entries(options)) {
        if (key === "$all" && value === true) tree.set("$all", null);
        else if (key.startsWith("$") || value === false || value === undefined) continue;
        else if (value !== null && typeof value === "object") tree.set(key, parseLoadSpec(value) ?? new Map([["$all", null]]));
        else tree.set(key, null);
      }
    }
  }
  return tree.size === 0 ? null : tree;
}

/** Deep copy of written or loaded data; proxies (Range arguments) stay references. */
export function cloneData<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v: unknown) => cloneData(v)) as T;
  if (value !== null && typeof value === "object" && !(value instanceof FakeClientObject) && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cloneData(v)])) as T;
  }
  return value;
}

/** What a write looks like in the request (proxies become their paths), for the payload-size accounting. */
export function describeArg(value: unknown): unknown {
  if (value instanceof FakeClientObject) return { ref: value._path };
  if (Array.isArray(value)) return value.map(describeArg);
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, describeArg(v)]));
  }
  return value;
}

export type Readers = Record<string, () => unknown>;

export abstract class FakeClientObject {
  _ctx: FakeRequestContext;
  _typeName: string;
  _path: string;
  _loaded = new Map<string, unknown>();
  /** undefined until a sync tells (OrNullObject methods), then true for a null object. */
  _isNull: boolean | undefined = undefined;
  _children = new Map<string, FakeClientObject>();

  constructor(ctx: FakeRequestContext, typeName: string, path: string) {
    this._ctx = ctx;
    this._typeName = typeName;
    this._path = path;
    return guard(this, () => this._typeName);
  }

  get context(): FakeRequestContext {
    return this._ctx;
  }

  get _model(): WorkbookModel {
    return this._ctx._model;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._typeName, "isNullObject");
    return this._isNull;
  }

  /** Scalar properties this object can load, read from the model at sync time. */
  _readers(): Readers {
    return {};
  }

  /** Child objects reachable by load paths ("format/font/bold"). */
  _childNames(): string[] {
    return [];
  }

  _child<T extends FakeClientObject>(name: string, make: () => T): T {
    let child = this._children.get(name);
    if (!child) {
      child = make();
      this._children.set(name, child);
    }
    return child as T;
  }

  /** Reads a loaded property, throwing PropertyNotLoaded like Office.js; a null object's properties are undefined. */
  _prop<T>(name: string): T {
    if (this._isNull === true) return undefined as T;
    if (!this._loaded.has(name)) throw propertyNotLoaded(this._typeName, name);
    return this._loaded.get(name) as T;
  }

  /** Queues a property write; like Office.js the written value is readable locally at once. */
  _write(name: string, value: unknown, apply: (copy: unknown) => void): void {
    const copy = cloneData(value);
    this._checkArgContext(copy);
    this._ctx._enqueue({ write: { path: this._path, action: `set ${name}`, args: describeArg(copy) }, run: () => apply(copy) });
    this._loaded.set(name, cloneData(value));
  }

  /** Queues a method call. */
  _call(name: string, args: unknown[], apply: () => void): void {
    this._checkArgContext(args);
    this._ctx._enqueue({ write: { path: this._path, action: name, args: describeArg(args) }, run: apply });
  }

  /** Queues work that returns data only (loads, OrNullObject checks): no payload. */
  _query(run: () => void): void {
    this._ctx._enqueue({ write: null, run });
  }

  _checkArgContext(value: unknown): void {
    const check = (v: unknown): void => {
      if (v instanceof FakeClientObject && v._ctx !== this._ctx) throw invalidRequestContext(`${this._typeName}`);
      else if (Array.isArray(v)) v.forEach(check);
      else if (v !== null && typeof v === "object" && !(v instanceof FakeClientObject)) Object.values(v).forEach(check);
    };
    check(value);
  }

  /** Whether this object exists at sync time; OrNullObject proxies override to return false for a null object. */
  _exists(): boolean {
    return true;
  }

  load(spec?: unknown): this {
    const tree = parseLoadSpec(spec);
    if (tree) this._validateLoad(tree);
    this._query(() => this._applyLoad(tree));
    return this;
  }

  _validateLoad(tree: LoadTree): void {
    const readers = this._readers();
    const children = this._childNames();
    for (const [key, sub] of tree) {
      if (key === "$all" || key in readers) continue;
      if (!children.includes(key)) throw notImplemented(`${this._typeName}.${key}`);
      if (sub) (this as unknown as Record<string, FakeClientObject>)[key]._validateLoad(sub);
    }
  }

  _applyLoad(tree: LoadTree | null): void {
    if (!this._exists()) {
      this._isNull = true;
      return;
    }
    this._isNull = false;
    const readers = this._readers();
    const all = !tree || tree.has("$all");
    for (const [name, read] of Object.entries(readers)) {
      if (all || tree.has(name)) this._loaded.set(name, cloneData(read()));
    }
    if (!tree) return;
    for (const [key, sub] of tree) {
      if (key === "$all" || key in readers) continue;
      (this as unknown as Record<string, FakeClientObject>)[key]._applyLoad(sub);
    }
  }

  /** Office.js's set(): assigns properties, recursing into child objects. */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      if (this._childNames().includes(key) && value !== null && typeof value === "object") {
        (this as unknown as Record<string, FakeClientObject>)[key].set(value as Record<string, unknown>);
      } else {
        (this as unknown as Record<string, unknown>)[key] = value;
      }
    }
  }

  toJSON(): Record<string, unknown> {
    const data: Record<string, unknown> = Object.fromEntries(this._loaded);
    for (const [name, child] of this._children) {
      const json = child.toJSON();
      if (Object.keys(json).length > 0) data[name] = json;
    }
    return data;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** A collection: load("items/name") fills `items` with proxies of the members that exist at sync time. */
export abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  /** Proxies for the members, in order, at sync time. */
  abstract _members(): T[];

  get items(): T[] {
    return this._prop<T[]>("items");
  }

  _validateLoad(_tree: LoadTree): void {
    // Item properties are checked at sync, when there are items to ask.
  }

  _applyLoad(tree: LoadTree | null): void {
    if (!this._exists()) {
      this._isNull = true;
      return;
    }
    this._isNull = false;
    // collection.load("name") means the items' name, as in Office.js.
    let itemTree: LoadTree | null = null;
    if (tree) {
      itemTree = new Map();
      for (const [key, sub] of tree) {
        if (key === "items") sub?.forEach((v, k) => itemTree?.set(k, v));
        else if (key !== "$all") itemTree.set(key, sub);
      }
      if (itemTree.size === 0) itemTree = null;
    }
    const items = this._members();
    for (const item of items) {
      if (itemTree) item._validateLoad(itemTree);
      item._applyLoad(itemTree);
    }
    this._loaded.set("items", items);
  }

  toJSON(): Record<string, unknown> {
    const items = this._loaded.get("items") as T[] | undefined;
    return items ? { items: items.map((i) => i.toJSON()) } : {};
  }
}

/** OfficeExtension.ClientResult: `value` is readable after the sync that computes it. */
export class FakeClientResult<T> {
  _value: T | undefined = undefined;
  _ready = false;

  get value(): T {
    if (!this._ready) throw valueNotLoaded();
    return this._value as T;
  }

  _resolve(value: T): void {
    this._value = value;
    this._ready = true;
  }

  toJSON(): unknown {
    return { value: this._value };
  }
}
