package dev.quotecheck.cli;

import dev.quotecheck.index.IndexException;
import dev.quotecheck.report.OutputException;
import dev.quotecheck.text.InputException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line. A thin shell over the library: it parses arguments, reads inputs, writes
 * reports and returns the exit code of the contract; only {@link #main} exits the process.
 */
public final class Main {
  public static final int OK = 0;
  public static final int FOUND = 1;
  public static final int ERROR = 2;

  private final Io io;

  public Main(PrintStream out, PrintStream err, InputStream in) {
    this(new Io(out, err, in, Map.of(), Path.of("").toAbsolutePath(), false, false));
  }

  Main(Io io) {
    this.io = io;
  }

  public static void main(String[] args) {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
    boolean terminal = System.console() != null;
    Io io = new Io(out, err, System.in, System.getenv(), Path.of("").toAbsolutePath(), terminal, terminal);
    int code = new Main(io).run(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  public int run(String... args) {
    CommandLine cli = commandLine();
    try {
      return cli.execute(args);
    } catch (RuntimeException | Error e) {
      return internalError(e);
    }
  }

  CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Root(), new IoFactory(io));
    cli.setOut(new PrintWriter(io.out(), true));
    cli.setErr(new PrintWriter(io.err(), true));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(
        (ex, args) -> {
          io.err().println("quotecheck: " + ex.getMessage() + " (see '" + qualified(ex.getCommandLine()) + " --help')");
          return ERROR;
        });
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          if (ex instanceof UsageException
              || ex instanceof InputException
              || ex instanceof OutputException
              || ex instanceof IndexException.Unchecked) {
            io.err().println("quotecheck: " + ex.getMessage());
            return ERROR;
          }
          return internalError(ex);
        });
    return cli;
  }

  private static String qualified(CommandLine cl) {
    return cl.getParent() == null ? cl.getCommandName() : qualified(cl.getParent()) + " " + cl.getCommandName();
  }

  private int internalError(Throwable e) {
    if (e instanceof OutOfMemoryError) {
      io.err().println("quotecheck: out of memory (raise -Xmx through JAVA_OPTS, or split the input)");
    } else {
      io.err().println("quotecheck: internal error: " + e + (io.env().containsKey("QUOTECHECK_DEBUG") ? "" : " (set QUOTECHECK_DEBUG=1 for details)"));
      if (io.env().containsKey("QUOTECHECK_DEBUG")) {
        e.printStackTrace(io.err());
      }
    }
    return ERROR;
  }

  @Command(
      name = "quotecheck",
      mixinStandardHelpOptions = true,
      versionProvider = Version.class,
      description = "Finds the quotations in news drafts, works out who said them and checks them against a reference corpus.",
      synopsisSubcommandLabel = "COMMAND",
      subcommands = {ExtractCommand.class, VerifyCommand.class, IndexCommand.class, AcceptCommand.class, EvalCommand.Eval.class, EvalCommand.Bench.class})
  static final class Root implements Runnable {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }
  }
}
