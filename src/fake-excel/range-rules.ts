/** Range.dataValidation and Range.conditionalFormats (CellValue and Custom rules). */

import { intersects, qualifiedAddress, formatRect } from "./addresses";
import { normalizeColor } from "./cell-values";
import { FakeClientObject, FakeClientResult, FakeCollection, type Readers } from "./client-object";
import type { FakeRequestContext } from "./context";
import { ConditionalCellValueOperator, DataValidationAlertStyle, DataValidationOperator } from "./enums";
import { invalidArgument, invalidOperation, itemNotFound, notImplemented } from "./errors";
import { forEachCell, uniform } from "./grid";
import type { ConditionalFormatState, SheetState, ValidationState } from "./model";
import { RangeProxy } from "./range";
import { RangeRef, SheetRef, type ResolvedRange } from "./refs";

// ---------------------------------------------------------------- data validation

const BASIC_RULES = ["wholeNumber", "decimal", "textLength", "date", "time"] as const;
const RULE_TYPES: Record<string, string> = {
  wholeNumber: "WholeNumber",
  decimal: "Decimal",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
  list: "List",
  custom: "Custom",
};
const VALIDATION_OPERATORS = Object.values(DataValidationOperator) as string[];
/** OOXML's limits on a validation's messages; Excel refuses longer ones. */
const MAX_TITLE = 32;
const MAX_MESSAGE = 255;
/** An inline list ("a,b,c") is stored as a formula string of at most 255 characters. */
const MAX_LIST_SOURCE = 255;

/** A Range argument in a rule becomes its formula, "=$A$1:$A$5" (sheet-qualified when on another sheet). */
function formulaOf(value: unknown, home: SheetState): unknown {
  if (!(value instanceof RangeProxy)) return value;
  const { sheet, rect } = value._target();
  return `=${sheet === home ? formatRect(rect, true) : qualifiedAddress(sheet.name, rect, true)}`;
}

function checkRule(rule: unknown, home: SheetState): Excel.DataValidationRule {
  const at = "DataValidation.rule";
  if (rule === null || typeof rule !== "object") throw invalidArgument(at, "A data validation rule must be an object.");
  const entries = Object.entries(rule as Record<string, unknown>).filter(([, v]) => v !== undefined && v !== null);
  if (entries.length !== 1) throw invalidArgument(at, "A data validation rule must have exactly one type.");
  const [type, body] = entries[0];
  if (typeof body !== "object" || body === null) throw invalidArgument(at, `The ${type} rule must be an object.`);
  const b = body as Record<string, unknown>;
  if ((BASIC_RULES as readonly string[]).includes(type)) {
    if (typeof b.operator !== "string" || !VALIDATION_OPERATORS.includes(b.operator)) throw invalidArgument(at, `Invalid operator: ${String(b.operator)}`);
    if (b.formula1 === undefined || b.formula1 === null || b.formula1 === "") throw invalidArgument(at, "formula1 is required.");
    const two = b.operator === "Between" || b.operator === "NotBetween";
    if (two && (b.formula2 === undefined || b.formula2 === null || b.formula2 === "")) throw invalidArgument(at, `formula2 is required for ${b.operator}.`);
    const basic: Excel.BasicDataValidation = { formula1: formulaOf(b.formula1, home) as string, operator: b.operator as Excel.DataValidationOperator };
    if (two) basic.formula2 = formulaOf(b.formula2, home) as string;
    return { [type]: basic };
  }
  if (type === "list") {
    const source = formulaOf(b.source, home);
    if (typeof source !== "string" || source === "") throw invalidArgument(at, "A list rule needs a source.");
    if (!source.startsWith("=") && source.length > MAX_LIST_SOURCE) {
      throw invalidArgument(at, `An inline list source is limited to ${MAX_LIST_SOURCE} characters (got ${source.length}).`);
    }
    return { list: { inCellDropDown: b.inCellDropDown !== false, source } };
  }
  if (type === "custom") {
    if (typeof b.formula !== "string" || b.formula === "") throw invalidArgument(at, "A custom rule needs a formula.");
    return { custom: { formula: b.formula } };
  }
  throw notImplemented(`DataValidationRule.${type}`);
}

function checkText(value: unknown, max: number, at: string): string {
  if (value === undefined) return "";
  if (typeof value !== "string") throw invalidArgument(at, "Expected text.");
  if (value.length > max) throw invalidArgument(at, `At most ${max} characters (got ${value.length}).`);
  return value;
}

const emptyValidation = (): ValidationState => ({
  rule: null,
  prompt: { showPrompt: true, title: "", message: "" },
  errorAlert: { showAlert: true, style: "Stop", title: "", message: "" },
  ignoreBlanks: true,
});

export class DataValidationProxy extends FakeClientObject {
  _ref: RangeRef;

  constructor(ctx: FakeRequestContext, ref: RangeRef) {
    super(ctx, "DataValidation", `${ref.label}.dataValidation`);
    this._ref = ref;
    ctx._requireApi("1.8", "Range.dataValidation");
  }

  _target(): ResolvedRange {
    return this._ref.resolve(this._model);
  }

  _readers(): Readers {
    const read = (f: (v: ValidationState) => unknown) => () => {
      const { sheet, rect } = this._target();
      return uniform(sheet, rect, (cell) => f(cell?.validation ?? emptyValidation()));
    };
    return {
      rule: read((v) => v.rule ?? {}),
      prompt: read((v) => v.prompt),
      errorAlert: read((v) => v.errorAlert),
      ignoreBlanks: read((v) => v.ignoreBlanks),
      type: () => {
        const { sheet, rect } = this._target();
        const typeOf = (v: ValidationState | null | undefined) => (v?.rule ? RULE_TYPES[Object.keys(v.rule)[0]] : "None");
        const type = uniform(sheet, rect, (cell) => typeOf(cell?.validation));
        if (type === null) return "Inconsistent";
        return uniform(sheet, rect, (cell) => cell?.validation?.rule ?? null) === null && type !== "None" ? "MixedCriteria" : type;
      },
    };
  }

  /** `change` checks the written value once (before any cell changes) and returns the per-cell update. */
  _update<T>(name: string, value: T, change: (copy: T, home: SheetState) => (v: ValidationState) => void): void {
    this._write(name, value, (copy) => {
      const { sheet, rect } = this._target();
      const apply = change(copy as T, sheet);
      forEachCell(this._model, sheet, rect, (cell) => {
        cell.validation ??= emptyValidation();
        apply(cell.validation);
      });
    });
  }

  get rule(): Excel.DataValidationRule {
    return this._prop("rule");
  }
  set rule(value: Excel.DataValidationRule) {
    this._update("rule", value, (copy, home) => {
      const rule = checkRule(copy, home);
      return (v) => (v.rule = JSON.parse(JSON.stringify(rule)) as Excel.DataValidationRule);
    });
  }

  get prompt(): Excel.DataValidationPrompt {
    return this._prop("prompt");
  }
  set prompt(value: Excel.DataValidationPrompt) {
    this._update("prompt", value, (copy) => {
      if (copy === null || typeof copy !== "object") throw invalidArgument("DataValidation.prompt");
      const title = checkText(copy.title, MAX_TITLE, "DataValidation.prompt.title");
      const message = checkText(copy.message, MAX_MESSAGE, "DataValidation.prompt.message");
      return (v) => (v.prompt = { showPrompt: copy.showPrompt ?? v.prompt.showPrompt, title, message });
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this._prop("errorAlert");
  }
  set errorAlert(value: Excel.DataValidationErrorAlert) {
    this._update("errorAlert", value, (copy) => {
      if (copy === null || typeof copy !== "object") throw invalidArgument("DataValidation.errorAlert");
      const title = checkText(copy.title, MAX_TITLE, "DataValidation.errorAlert.title");
      const message = checkText(copy.message, MAX_MESSAGE, "DataValidation.errorAlert.message");
      const style = copy.style ?? "Stop";
      if (!(Object.values(DataValidationAlertStyle) as string[]).includes(style)) throw invalidArgument("DataValidation.errorAlert.style");
      return (v) => (v.errorAlert = { showAlert: copy.showAlert ?? v.errorAlert.showAlert, style, title, message });
    });
  }

  get ignoreBlanks(): boolean {
    return this._prop("ignoreBlanks");
  }
  set ignoreBlanks(value: boolean) {
    this._update("ignoreBlanks", value, (copy) => (v) => (v.ignoreBlanks = copy !== false));
  }

  get type(): string {
    return this._prop("type");
  }

  clear(): void {
    this._call("clear", [], () => {
      const { sheet, rect } = this._target();
      for (const [key, cell] of sheet.cells) {
        const [r, c] = key.split(",").map(Number);
        if (r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right) cell.validation = null;
      }
    });
    this._loaded.clear();
  }
}

// ---------------------------------------------------------------- conditional formats

const CF_OPERATORS = (Object.values(ConditionalCellValueOperator) as string[]).filter((o) => o !== "Invalid");

/** Finds a conditional format by id at sync; the id is known once the add() that creates it has run. */
class CfHandle {
  id: string | null = null;
  constructor(
    readonly sheet: SheetRef,
    readonly label: string,
  ) {}

  state(ctx: FakeRequestContext): { sheet: SheetState; cf: ConditionalFormatState } {
    const sheet = this.sheet.resolve(ctx._model);
    const cf = sheet.conditionalFormats.find((c) => c.id === this.id);
    if (!cf) throw itemNotFound(this.label, "The conditional format doesn't exist.");
    return { sheet, cf };
  }
}

export class ConditionalFormatCollectionProxy extends FakeCollection<ConditionalFormatProxy> {
  _ref: RangeRef;

  constructor(ctx: FakeRequestContext, ref: RangeRef) {
    super(ctx, "ConditionalFormatCollection", `${ref.label}.conditionalFormats`);
    this._ref = ref;
    ctx._requireApi("1.6", "Range.conditionalFormats");
  }

  _active(): { sheet: SheetState; list: ConditionalFormatState[] } {
    const { sheet, rect } = this._ref.resolve(this._model);
    return { sheet, list: sheet.conditionalFormats.filter((cf) => intersects(cf.rect, rect)) };
  }

  _proxyFor(id: string): ConditionalFormatProxy {
    const handle = new CfHandle(this._ref.sheet, `${this._path}.getItem(${id})`);
    handle.id = id;
    return new ConditionalFormatProxy(this._ctx, handle);
  }

  _members(): ConditionalFormatProxy[] {
    return this._active().list.map((cf) => this._proxyFor(cf.id));
  }

  /** New rules go first (priority 0), as Excel puts a new rule at the top of the list. */
  add(type: string): ConditionalFormatProxy {
    if (type !== "CellValue" && type !== "Custom") throw notImplemented(`ConditionalFormatCollection.add("${type}")`);
    const handle = new CfHandle(this._ref.sheet, `${this._path}.add(${type})`);
    this._call("add", [type], () => {
      const { sheet, rect } = this._ref.resolve(this._model);
      const cf: ConditionalFormatState = {
        id: this._model.newId("cf"),
        type,
        rect,
        rule: null,
        formula: null,
        fill: null,
        fontColor: null,
        bold: null,
        italic: null,
        numberFormat: null,
        stopIfTrue: false,
      };
      sheet.conditionalFormats.unshift(cf);
      handle.id = cf.id;
    });
    return new ConditionalFormatProxy(this._ctx, handle);
  }

  clearAll(): void {
    this._call("clearAll", [], () => {
      const { sheet, rect } = this._ref.resolve(this._model);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !intersects(cf.rect, rect));
    });
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._query(() => result._resolve(this._active().list.length));
    return result;
  }

  getItem(id: string): ConditionalFormatProxy {
    return this._proxyFor(id);
  }

  getItemAt(index: number): ConditionalFormatProxy {
    const handle = new CfHandle(this._ref.sheet, `${this._path}.getItemAt(${index})`);
    this._query(() => {
      const cf = this._active().list[index];
      if (!cf) throw itemNotFound(handle.label);
      handle.id = cf.id;
    });
    return new ConditionalFormatProxy(this._ctx, handle);
  }
}

export class ConditionalFormatProxy extends FakeClientObject {
  _handle: CfHandle;

  constructor(ctx: FakeRequestContext, handle: CfHandle) {
    super(ctx, "ConditionalFormat", handle.label);
    this._handle = handle;
  }

  _state(): ConditionalFormatState {
    return this._handle.state(this._ctx).cf;
  }

  _readers(): Readers {
    return {
      id: () => this._state().id,
      type: () => this._state().type,
      priority: () => {
        const { sheet, cf } = this._handle.state(this._ctx);
        return sheet.conditionalFormats.indexOf(cf);
      },
      stopIfTrue: () => this._state().stopIfTrue,
    };
  }

  _childNames(): string[] {
    return ["cellValue", "custom"];
  }

  get id(): string {
    return this._prop("id");
  }
  get type(): string {
    return this._prop("type");
  }
  get priority(): number {
    return this._prop("priority");
  }
  set priority(value: number) {
    this._write("priority", value, () => {
      const { sheet, cf } = this._handle.state(this._ctx);
      const list = sheet.conditionalFormats.filter((c) => c !== cf);
      list.splice(Math.max(0, Math.min(list.length, Math.floor(value))), 0, cf);
      sheet.conditionalFormats = list;
    });
  }
  get stopIfTrue(): boolean {
    return this._prop("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this._write("stopIfTrue", value, () => (this._state().stopIfTrue = value === true));
  }

  _typed(type: "CellValue" | "Custom"): () => ConditionalFormatState {
    return () => {
      const cf = this._state();
      if (cf.type !== type) throw invalidOperation(`ConditionalFormat.${type === "CellValue" ? "cellValue" : "custom"}`, `This conditional format is ${cf.type}.`);
      return cf;
    };
  }

  get cellValue(): CellValueConditionalFormatProxy {
    return this._child("cellValue", () => new CellValueConditionalFormatProxy(this._ctx, this._typed("CellValue"), `${this._path}.cellValue`));
  }
  get custom(): CustomConditionalFormatProxy {
    return this._child("custom", () => new CustomConditionalFormatProxy(this._ctx, this._typed("Custom"), `${this._path}.custom`));
  }

  getRange(): RangeProxy {
    const handle = this._handle;
    const ref = new RangeRef(handle.sheet, () => this._state().rect, `${this._path}.getRange()`);
    return new RangeProxy(this._ctx, ref);
  }

  delete(): void {
    this._call("delete", [], () => {
      const { sheet, cf } = this._handle.state(this._ctx);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((c) => c !== cf);
    });
  }
}

type CfState = () => ConditionalFormatState;

export class CellValueConditionalFormatProxy extends FakeClientObject {
  _cf: CfState;

  constructor(ctx: FakeRequestContext, cf: CfState, path: string) {
    super(ctx, "CellValueConditionalFormat", path);
    this._cf = cf;
  }

  _readers(): Readers {
    return { rule: () => this._cf().rule };
  }

  _childNames(): string[] {
    return ["format"];
  }

  get format(): ConditionalRangeFormatProxy {
    return this._child("format", () => new ConditionalRangeFormatProxy(this._ctx, this._cf, `${this._path}.format`));
  }

  get rule(): Excel.ConditionalCellValueRule {
    return this._prop("rule");
  }
  set rule(value: Excel.ConditionalCellValueRule) {
    this._write("rule", value, (copy) => {
      const at = "CellValueConditionalFormat.rule";
      const rule = copy as Partial<Excel.ConditionalCellValueRule> | null;
      if (!rule || typeof rule.operator !== "string" || !CF_OPERATORS.includes(rule.operator)) throw invalidArgument(at, `Invalid operator: ${String(rule?.operator)}`);
      if (rule.formula1 === undefined || rule.formula1 === "") throw invalidArgument(at, "formula1 is required.");
      const two = rule.operator === "Between" || rule.operator === "NotBetween";
      if (two && (rule.formula2 === undefined || rule.formula2 === "")) throw invalidArgument(at, `formula2 is required for ${rule.operator}.`);
      this._cf().rule = { formula1: rule.formula1, ...(two ? { formula2: rule.formula2 } : {}), operator: rule.operator };
    });
  }
}

export class CustomConditionalFormatProxy extends FakeClientObject {
  _cf: CfState;

  constructor(ctx: FakeRequestContext, cf: CfState, path: string) {
    super(ctx, "CustomConditionalFormat", path);
    this._cf = cf;
  }

  _childNames(): string[] {
    return ["format", "rule"];
  }

  get format(): ConditionalRangeFormatProxy {
    return this._child("format", () => new ConditionalRangeFormatProxy(this._ctx, this._cf, `${this._path}.format`));
  }
  get rule(): ConditionalFormatRuleProxy {
    return this._child("rule", () => new ConditionalFormatRuleProxy(this._ctx, this._cf, `${this._path}.rule`));
  }
}

export class ConditionalFormatRuleProxy extends FakeClientObject {
  _cf: CfState;

  constructor(ctx: FakeRequestContext, cf: CfState, path: string) {
    super(ctx, "ConditionalFormatRule", path);
    this._cf = cf;
  }

  _readers(): Readers {
    return { formula: () => this._cf().formula };
  }

  get formula(): string {
    return this._prop("formula");
  }
  set formula(value: string) {
    this._write("formula", value, () => {
      if (typeof value !== "string" || value === "") throw invalidArgument("ConditionalFormatRule.formula");
      this._cf().formula = value;
    });
  }
}

export class ConditionalRangeFormatProxy extends FakeClientObject {
  _cf: CfState;

  constructor(ctx: FakeRequestContext, cf: CfState, path: string) {
    super(ctx, "ConditionalRangeFormat", path);
    this._cf = cf;
  }

  _readers(): Readers {
    return { numberFormat: () => this._cf().numberFormat };
  }

  _childNames(): string[] {
    return ["fill", "font"];
  }

  get numberFormat(): string {
    return this._prop("numberFormat");
  }
  set numberFormat(value: string) {
    this._write("numberFormat", value, () => (this._cf().numberFormat = value === "" ? null : String(value)));
  }

  get fill(): ConditionalRangeFillProxy {
    return this._child("fill", () => new ConditionalRangeFillProxy(this._ctx, this._cf, `${this._path}.fill`));
  }
  get font(): ConditionalRangeFontProxy {
    return this._child("font", () => new ConditionalRangeFontProxy(this._ctx, this._cf, `${this._path}.font`));
  }
}

export class ConditionalRangeFillProxy extends FakeClientObject {
  _cf: CfState;

  constructor(ctx: FakeRequestContext, cf: CfState, path: string) {
    super(ctx, "ConditionalRangeFill", path);
    this._cf = cf;
  }

  _readers(): Readers {
    return { color: () => this._cf().fill };
  }

  get color(): string {
    return this._prop("color");
  }
  set color(value: string) {
    this._write("color", value, () => (this._cf().fill = value === "" ? null : normalizeColor(value, "ConditionalRangeFill.color")));
  }

  clear(): void {
    this._call("clear", [], () => (this._cf().fill = null));
  }
}

export class ConditionalRangeFontProxy extends FakeClientObject {
  _cf: CfState;

  constructor(ctx: FakeRequestContext, cf: CfState, path: string) {
    super(ctx, "ConditionalRangeFont", path);
    this._cf = cf;
  }

  _readers(): Readers {
    return { color: () => this._cf().fontColor, bold: () => this._cf().bold, italic: () => this._cf().italic };
  }

  get color(): string {
    return this._prop("color");
  }
  set color(value: string) {
    this._write("color", value, () => (this._cf().fontColor = value === "" ? null : normalizeColor(value, "ConditionalRangeFont.color")));
  }
  get bold(): boolean {
    return this._prop("bold");
  }
  set bold(value: boolean) {
    this._write("bold", value, () => (this._cf().bold = value === true));
  }
  get italic(): boolean {
    return this._prop("italic");
  }
  set italic(value: boolean) {
    this._write("italic", value, () => (this._cf().italic = value === true));
  }

  clear(): void {
    this._call("clear", [], () => Object.assign(this._cf(), { fontColor: null, bold: null, italic: null }));
  }
}
