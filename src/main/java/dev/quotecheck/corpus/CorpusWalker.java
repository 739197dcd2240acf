package dev.quotecheck.corpus;

import dev.quotecheck.text.InputException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Lists the reference files under corpus roots. Inside a directory, symbolic links are not
 * followed (a link out of the corpus is reported, a link within it is skipped because its target
 * is listed anyway), so link loops cannot occur; FIFOs, sockets and devices are reported and never
 * opened; hidden files and directories are skipped, and so are quotecheck index directories.
 */
public final class CorpusWalker {
  private static final int MAX_DEPTH = 64;

  private final Predicate<Path> isIndexDirectory;

  /** @param isIndexDirectory recognises index directories, which are not reference material */
  public CorpusWalker(Predicate<Path> isIndexDirectory) {
    this.isIndexDirectory = isIndexDirectory;
  }

  /** The files and what could not be listed, in a stable (sorted) order. */
  public record Listing(List<CorpusFile> files, List<CorpusProblem> problems) {
    public Listing {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
    }
  }

  /**
   * @throws InputException when a root does not exist or is neither a file nor a directory
   */
  public Listing walk(List<Path> roots) throws InputException {
    Map<String, CorpusFile> files = new LinkedHashMap<>();
    List<CorpusProblem> problems = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        throw new InputException(root + ": no such file or directory");
      }
      if (Files.isDirectory(root)) {
        walkDirectory(root, files, problems);
      } else if (Files.isRegularFile(root)) {
        try {
          add(root, Files.readAttributes(root, BasicFileAttributes.class), files);
        } catch (IOException e) {
          problems.add(new CorpusProblem(root.toString(), 0, "cannot read (" + describe(e) + ")"));
        }
      } else {
        throw new InputException(root + ": not a regular file or directory");
      }
    }
    List<CorpusFile> sorted = new ArrayList<>(files.values());
    sorted.sort((a, b) -> a.key().compareTo(b.key()));
    return new Listing(sorted, problems);
  }

  private void walkDirectory(Path root, Map<String, CorpusFile> files, List<CorpusProblem> problems)
      throws InputException {
    Path realRoot;
    try {
      realRoot = root.toRealPath();
    } catch (IOException e) {
      throw new InputException(root + ": cannot read (" + describe(e) + ")");
    }
    FileVisitor<Path> visitor = new FileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (!dir.equals(root) && (hidden(dir) || isIndexDirectory.test(dir))) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (hidden(file)) {
          return FileVisitResult.CONTINUE;
        }
        if (attrs.isSymbolicLink()) {
          link(file, realRoot, problems);
        } else if (attrs.isOther()) {
          problems.add(new CorpusProblem(file.toString(), 0, "not a regular file (a FIFO, socket or device); skipped"));
        } else if (attrs.isRegularFile()) {
          if (CorpusFormats.supports(file.getFileName().toString())) {
            add(file, attrs, files);
          } else {
            problems.add(new CorpusProblem(file.toString(), 0, "not a reference format quotecheck reads; skipped"));
          }
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException exc) {
        problems.add(new CorpusProblem(file.toString(), 0, "cannot read (" + describe(exc) + ")"));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) {
        if (exc != null) {
          problems.add(new CorpusProblem(dir.toString(), 0, "cannot list (" + describe(exc) + ")"));
        }
        return FileVisitResult.CONTINUE;
      }
    };
    try {
      Files.walkFileTree(root, EnumSet.noneOf(java.nio.file.FileVisitOption.class), MAX_DEPTH, visitor);
    } catch (IOException e) {
      throw new InputException(root + ": cannot list (" + describe(e) + ")");
    }
  }

  private static void link(Path file, Path realRoot, List<CorpusProblem> problems) {
    try {
      Path target = file.toRealPath();
      if (!target.startsWith(realRoot)) {
        problems.add(new CorpusProblem(file.toString(), 0, "symbolic link leads outside the corpus; not followed"));
      }
    } catch (IOException e) {
      problems.add(new CorpusProblem(file.toString(), 0, "broken or looping symbolic link; skipped"));
    }
  }

  private static void add(Path file, BasicFileAttributes attrs, Map<String, CorpusFile> files) {
    String key = file.toAbsolutePath().normalize().toString();
    files.putIfAbsent(key, new CorpusFile(file, file.normalize().toString(), key, attrs.size(),
        attrs.lastModifiedTime().toMillis()));
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemLoopException) {
      return "symbolic link loop";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** Whether {@code file} (not following links) is a regular file. */
  static boolean isRegular(Path file) {
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
  }
}
