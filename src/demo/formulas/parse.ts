/**
 * Excel formula text (en-US, as Range.formulas holds it) -> a syntax tree. Covers what our sheets and a user's
 * simple formulas use: numbers, strings, TRUE/FALSE, error literals, A1 references and ranges (sheet-qualified,
 * whole columns and rows), defined names, function calls and the operators with Excel's precedence.
 */
import { parseRect, splitSheet, type Rect } from "../../fake-excel/addresses";

export type FormulaNode =
  | { kind: "number"; value: number }
  | { kind: "string"; value: string }
  | { kind: "boolean"; value: boolean }
  | { kind: "error"; code: string }
  | { kind: "ref"; sheet: string | null; rect: Rect }
  | { kind: "name"; name: string }
  | { kind: "call"; name: string; args: FormulaNode[] }
  | { kind: "missing" }
  | { kind: "unary"; op: "-" | "+"; operand: FormulaNode }
  | { kind: "percent"; operand: FormulaNode }
  | { kind: "binary"; op: BinaryOperator; left: FormulaNode; right: FormulaNode };

export type BinaryOperator = "+" | "-" | "*" | "/" | "^" | "&" | "=" | "<>" | "<" | ">" | "<=" | ">=";

export class FormulaSyntaxError extends Error {}

type Token =
  | { type: "number"; value: number }
  | { type: "string"; value: string }
  | { type: "error"; code: string }
  | { type: "ref"; sheet: string | null; rect: Rect }
  | { type: "function"; name: string }
  | { type: "word"; name: string }
  | { type: "op"; op: string };

const SHEET = String.raw`(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const REFERENCE = new RegExp(
  String.raw`^(?:${SHEET})?(${CELL}(?::${CELL})?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![\p{L}\p{N}_(.!])`,
  "u",
);
const FUNCTION = /^([\p{L}_][\p{L}\p{N}_.]*)\s*\(/u;
const WORD = /^[\p{L}_\\][\p{L}\p{N}_.\\]*/u;
const NUMBER = /^(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/;
const ERROR = /^(#NULL!|#DIV\/0!|#VALUE!|#REF!|#NAME\?|#NUM!|#N\/A|#SPILL!|#CALC!)/i;
const OPERATORS = ["<>", "<=", ">=", "+", "-", "*", "/", "^", "&", "=", "<", ">", "%", "(", ")", ",", ":"];

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^\s+/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    if (rest.startsWith('"')) {
      const m = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!m) throw new FormulaSyntaxError("unterminated string");
      tokens.push({ type: "string", value: m[1].replace(/""/g, '"') });
      i += m[0].length;
      continue;
    }
    const ref = REFERENCE.exec(rest);
    if (ref) {
      const sheet = ref[1] !== undefined ? ref[1].replace(/''/g, "'") : (ref[2] ?? null);
      const rect = parseRect(ref[3].replace(/\$/g, ""));
      if (!rect) throw new FormulaSyntaxError(`not a reference: ${ref[0]}`);
      tokens.push({ type: "ref", sheet, rect });
      i += ref[0].length;
      continue;
    }
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ type: "number", value: Number(number[0]) });
      i += number[0].length;
      continue;
    }
    const error = ERROR.exec(rest);
    if (error) {
      tokens.push({ type: "error", code: error[0].toUpperCase() });
      i += error[0].length;
      continue;
    }
    const fn = FUNCTION.exec(rest);
    if (fn) {
      tokens.push({ type: "function", name: fn[1].toUpperCase() });
      i += fn[0].length;
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      tokens.push({ type: "word", name: word[0] });
      i += word[0].length;
      continue;
    }
    const op = OPERATORS.find((o) => rest.startsWith(o));
    if (!op) throw new FormulaSyntaxError(`unexpected «${rest[0]}»`);
    tokens.push({ type: "op", op });
    i += op.length;
  }
  return tokens;
}

const COMPARISONS = ["=", "<>", "<", ">", "<=", ">="];

/** Recursive descent, lowest precedence first: comparison, &, + -, * /, ^, unary sign, %, primary. */
class Parser {
  private position = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): FormulaNode {
    const node = this.comparison();
    if (this.position < this.tokens.length) throw new FormulaSyntaxError("unexpected text after the formula");
    return node;
  }

  private peekOp(): string | undefined {
    const token = this.tokens[this.position];
    return token?.type === "op" ? token.op : undefined;
  }

  private binary(next: () => FormulaNode, operators: string[]): FormulaNode {
    let left = next();
    for (let op = this.peekOp(); op !== undefined && operators.includes(op); op = this.peekOp()) {
      this.position++;
      left = { kind: "binary", op: op as BinaryOperator, left, right: next() };
    }
    return left;
  }

  private comparison = (): FormulaNode => this.binary(this.concat, COMPARISONS);
  private concat = (): FormulaNode => this.binary(this.additive, ["&"]);
  private additive = (): FormulaNode => this.binary(this.multiplicative, ["+", "-"]);
  private multiplicative = (): FormulaNode => this.binary(this.power, ["*", "/"]);
  private power = (): FormulaNode => this.binary(this.unary, ["^"]);

  // Excel binds the sign tighter than ^: =-2^2 is 4.
  private unary = (): FormulaNode => {
    const op = this.peekOp();
    if (op === "-" || op === "+") {
      this.position++;
      return { kind: "unary", op, operand: this.unary() };
    }
    return this.percent();
  };

  private percent(): FormulaNode {
    let node = this.primary();
    while (this.peekOp() === "%") {
      this.position++;
      node = { kind: "percent", operand: node };
    }
    return node;
  }

  private primary(): FormulaNode {
    const token = this.tokens[this.position++];
    if (!token) throw new FormulaSyntaxError("the formula ends too early");
    switch (token.type) {
      case "number":
        return { kind: "number", value: token.value };
      case "string":
        return { kind: "string", value: token.value };
      case "error":
        return { kind: "error", code: token.code };
      case "ref":
        return { kind: "ref", sheet: token.sheet, rect: token.rect };
      case "function":
        return { kind: "call", name: token.name, args: this.arguments() };
      case "word": {
        const upper = token.name.toUpperCase();
        if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
        return { kind: "name", name: token.name };
      }
      case "op":
        if (token.op === "(") {
          const inner = this.comparison();
          if (this.tokens[this.position]?.type !== "op" || this.peekOp() !== ")") throw new FormulaSyntaxError("missing «)»");
          this.position++;
          return inner;
        }
        throw new FormulaSyntaxError(`unexpected «${token.op}»`);
    }
  }

  /** After "NAME(": arguments up to ")"; an empty argument (IF(A1,,2)) is "missing". */
  private arguments(): FormulaNode[] {
    const args: FormulaNode[] = [];
    if (this.peekOp() === ")") {
      this.position++;
      return args;
    }
    for (;;) {
      const op = this.peekOp();
      args.push(op === "," || op === ")" ? { kind: "missing" } : this.comparison());
      const next = this.tokens[this.position++];
      if (next?.type !== "op") throw new FormulaSyntaxError("missing «)»");
      if (next.op === ")") return args;
      if (next.op !== ",") throw new FormulaSyntaxError(`unexpected «${next.op}»`);
    }
  }
}

/** "=IF(A1>0,1,2)" -> its tree; throws FormulaSyntaxError for text Excel would refuse. */
export function parseFormula(formula: string): FormulaNode {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  return new Parser(tokenize(body)).parse();
}

/** A defined name's target ("B3:B9", "Other!B3") as a reference, or null. */
export function parseReference(address: string): { sheet: string | null; rect: Rect } | null {
  const { sheet, address: local } = splitSheet(address);
  const rect = parseRect(local.replace(/\$/g, ""));
  return rect ? { sheet, rect } : null;
}
