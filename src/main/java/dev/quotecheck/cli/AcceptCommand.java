package dev.quotecheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quotecheck.config.QuotecheckConfig;
import dev.quotecheck.report.Accepted;
import dev.quotecheck.text.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "accept",
    description = {
      "Sign off flagged quotations of a verify report (--format json): each is recorded in the accepted"
          + " file with who accepted it, why and when, and stays silent until the quotation or its source changes."
    },
    mixinStandardHelpOptions = true)
final class AcceptCommand implements Callable<Integer> {
  private final Io io;

  @Option(names = "--from", paramLabel = "REPORT", required = true, description = "A JSON report of 'quotecheck verify' (- for stdin).")
  String from;

  @Option(names = "--by", paramLabel = "NAME", required = true, description = "Who reviewed and accepts the quotations.")
  String by;

  @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why they are acceptable.")
  String reason;

  @Option(names = "--at", paramLabel = "DRAFT[:LINE]", description = "Only the quotations of this draft (and line).")
  String at;

  @Option(names = "--accepted", paramLabel = "FILE", description = "The sign-off file (default: .quotecheck-accepted.yml beside the config file).")
  Path accepted;

  @Mixin ConfigOptions configOptions;

  AcceptCommand(Io io) {
    this.io = io;
  }

  @Override
  public Integer call() throws InputException {
    Optional<QuotecheckConfig> settings =
        Settings.resolve(io, configOptions, new Settings.CommandLine(List.of(), null, accepted, null));
    if (settings.isEmpty()) {
      return Main.OK;
    }
    QuotecheckConfig config = settings.get();
    if (by.isBlank() || reason.isBlank()) {
      throw new UsageException("--by and --reason must not be empty");
    }
    List<Accepted.Candidate> candidates = Accepted.candidates(readReport(), from);
    String draft = null;
    Integer line = null;
    if (at != null) {
      int colon = at.lastIndexOf(':');
      if (colon > 0 && at.substring(colon + 1).matches("\\d+")) {
        draft = at.substring(0, colon);
        line = Integer.parseInt(at.substring(colon + 1));
      } else {
        draft = at;
      }
    }
    String onlyDraft = draft;
    Integer onlyLine = line;
    Path file = config.acceptedOrDefault(io.workingDir());
    Accepted before = Accepted.load(file);
    Accepted after = before.with(candidates, c -> c.isAt(onlyDraft, onlyLine), new Accepted.Signature(by, reason, Instant.now()));
    int added = after.entries().size() - before.entries().size();
    try {
      after.save(file);
    } catch (IOException e) {
      throw new InputException(file + ": cannot write (" + e.getMessage() + ")");
    }
    io.err().println("quotecheck: accepted " + added + (added == 1 ? " quotation" : " quotations") + " in " + file);
    return Main.OK;
  }

  private JsonNode readReport() throws InputException {
    try (InputStream in = from.equals("-") ? io.in() : Files.newInputStream(io.workingDir().resolve(from))) {
      return new ObjectMapper().readTree(in);
    } catch (JsonProcessingException e) {
      throw new InputException(from + ":" + e.getLocation().getLineNr() + ": not JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new InputException(from + ": cannot read (" + e.getMessage() + ")");
    }
  }
}
