package dev.quotecheck.cli;

import dev.quotecheck.report.Report;
import dev.quotecheck.report.ReportWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Pairs formats with destinations and writes reports. A file is written whole to a temporary file
 * beside it and then renamed over the destination, so a reader never sees half a report; a
 * destination that is one of the inputs is refused before anything is read.
 */
final class ReportOutput {

  private record Target(String format, ReportWriter writer, Path file) {}

  private final List<Target> targets = new ArrayList<>();
  private final Io io;

  ReportOutput(OutputOptions options, Io io, Collection<Path> inputs) {
    this.io = io;
    List<String> formats = options.formatsOrDefault();
    List<Path> outputs = options.outputs;
    if (outputs.size() > formats.size()) {
      throw new UsageException("more --output files (" + outputs.size() + ") than formats (" + formats.size() + ")");
    }
    if (formats.size() - outputs.size() > 1) {
      throw new UsageException("several formats need one --output each (one format may go to stdout)");
    }
    for (int i = 0; i < formats.size(); i++) {
      String f = formats.get(i);
      Path file = i < outputs.size() ? io.workingDir().resolve(outputs.get(i)).normalize() : null;
      boolean color = file == null && io.colorOut();
      ReportWriter w =
          Formats.writer(f, color)
              .orElseThrow(() -> new UsageException("unknown format '" + f + "' (known: " + String.join(", ", Formats.NAMES) + ")"));
      if (file != null) {
        refuseInput(file, inputs);
      }
      targets.add(new Target(f, w, file));
    }
  }

  private static void refuseInput(Path file, Collection<Path> inputs) {
    for (Path in : inputs) {
      try {
        if (in.toAbsolutePath().normalize().equals(file.toAbsolutePath())
            || (Files.exists(file) && Files.exists(in) && Files.isSameFile(in, file))) {
          throw new UsageException(file + ": refusing to write the report over an input");
        }
      } catch (IOException e) {
        // unreadable input: nothing to protect there
      }
    }
  }

  void write(Report report) {
    for (Target t : targets) {
      StringWriter buffer = new StringWriter();
      try {
        t.writer().write(report, buffer);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (t.file() == null) {
        io.out().print(buffer);
        io.out().flush();
      } else {
        writeAtomically(t.file(), buffer.toString());
      }
    }
  }

  private static void writeAtomically(Path file, String content) {
    Path dir = file.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
      Files.writeString(tmp, content, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new UsageException(file + ": cannot write the report (" + e.getMessage() + ")");
    }
  }

  private static void deleteQuietly(Path tmp) {
    if (tmp != null) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // best effort: the temporary file is hidden and named after the report
      }
    }
  }
}
