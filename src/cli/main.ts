/** The `cdto` command line: dispatches a command, turns a user's mistake into a Russian line and exit code 2. */
import { catalogCommand } from "./commands/catalog";
import { indicatorsCommand, sectorsCommand } from "./commands/catalog-lists";
import { ratingCommand } from "./commands/rating";
import { roadmapCommand } from "./commands/roadmap";
import { summaryCommand } from "./commands/summary";
import { validateCommand } from "./commands/validate";
import { CliError, EXIT, type ExitCode } from "./errors";
import { processIo, type Io } from "./io";
import { texts } from "./texts";

type Command = (argv: readonly string[], io: Io) => ExitCode | Promise<ExitCode>;

const COMMANDS: Record<string, Command> = {
  sectors: sectorsCommand,
  indicators: indicatorsCommand,
  roadmap: roadmapCommand,
  validate: validateCommand,
  rating: ratingCommand,
  summary: summaryCommand,
  catalog: catalogCommand,
};

export async function run(argv: readonly string[], io: Io = processIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(texts.help.main);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS[name];
  try {
    if (!command) throw new CliError(texts.unknownCommand(name));
    return await command(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(error.message);
      return error.exitCode;
    }
    // A bug, not the user's mistake: one line; the stack only when asked for.
    io.err(texts.internal(error instanceof Error ? error.message : String(error)));
    if (process.env.CDTO_DEBUG && error instanceof Error && error.stack) io.err(error.stack);
    return EXIT.usage;
  }
}
