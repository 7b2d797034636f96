/**
 * The command line's arguments: positionals and --options, checked against what a command accepts. No library: the
 * grammar is small (--name value, --flag, --name=value) and its mistakes must be said in Russian.
 */
import { CliError } from "./errors";

export interface OptionSpec {
  /** Takes a value (--out file.xlsx), or is a flag (--json). */
  value: boolean;
}

export interface Parsed {
  positionals: string[];
  options: Map<string, string | true>;
}

export function parseArgs(argv: readonly string[], spec: Readonly<Record<string, OptionSpec>>, command: string): Parsed {
  const positionals: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("--") || arg === "--") {
      positionals.push(arg);
      continue;
    }
    const [name, inline] = splitInline(arg.slice(2));
    const option = spec[name];
    if (!option) throw new CliError(`Неизвестный параметр --${name} у команды «${command}». Список параметров: cdto ${command} --help`);
    if (!option.value) {
      if (inline !== undefined) throw new CliError(`Параметр --${name} указывается без значения.`);
      options.set(name, true);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith("--"))) throw new CliError(`После --${name} нужно значение, например: --${name} ${example(name)}`);
    options.set(name, value);
  }
  return { positionals, options };
}

function splitInline(text: string): [string, string | undefined] {
  const at = text.indexOf("=");
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function example(name: string): string {
  if (name === "out") return "файл.xlsx";
  if (name === "sector") return "7.1";
  if (name === "sheet") return "«Дорожная карта»";
  return "…";
}

export function optionText(parsed: Parsed, name: string): string | undefined {
  const value = parsed.options.get(name);
  return typeof value === "string" ? value : undefined;
}

export function hasFlag(parsed: Parsed, name: string): boolean {
  return parsed.options.get(name) === true;
}
