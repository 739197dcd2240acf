package dev.quotecheck.cli;

import dev.quotecheck.text.Format;
import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Expands the INPUT arguments: files as given (any ending, read as their format or plain text),
 * directories recursively for the draft endings, {@code -} for standard input. Problems become
 * one-line messages; the other inputs are still collected.
 */
final class InputCollector {

  /** One input: a file (resolved path, and the name to show), or standard input. */
  record Input(Path file, String name) {
    static final Input STDIN = new Input(null, "<stdin>");

    boolean isStdin() {
      return file == null;
    }
  }

  record Collected(List<Input> inputs, List<String> errors) {}

  private InputCollector() {}

  static Collected collect(List<String> args, Path workingDir) {
    List<Input> inputs = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    boolean stdinSeen = false;
    for (String arg : args) {
      if (arg.equals("-")) {
        if (!stdinSeen) {
          inputs.add(Input.STDIN);
          stdinSeen = true;
        }
        continue;
      }
      Path p = workingDir.resolve(arg).normalize();
      Path shown = Path.of(arg).normalize();
      if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.exists(p)) {
        errors.add(arg + ": no such file or directory");
      } else if (Files.isDirectory(p)) {
        walk(p, shown, inputs, errors);
      } else {
        inputs.add(new Input(p, shown.toString()));
      }
    }
    return new Collected(inputs, errors);
  }

  private static void walk(Path dir, Path shown, List<Input> inputs, List<String> errors) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(
          dir,
          EnumSet.noneOf(FileVisitOption.class),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
              String name = d.getFileName() == null ? "" : d.getFileName().toString();
              return !d.equals(dir) && name.startsWith(".")
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && Format.ofFileName(f.getFileName().toString()).isPresent()) {
                found.add(f);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path f, IOException e) {
              errors.add(shown.resolve(dir.relativize(f)) + ": cannot read (" + reason(e) + ")");
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      errors.add(shown + ": cannot read directory (" + e.getMessage() + ")");
    }
    found.sort(null);
    for (Path f : found) {
      inputs.add(new Input(f, shown.resolve(dir.relativize(f)).toString()));
    }
  }

  private static String reason(IOException e) {
    return e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getClass().getSimpleName();
  }
}
