package dev.quotecheck.index;

import dev.quotecheck.corpus.CorpusFile;
import dev.quotecheck.corpus.CorpusWalker;
import dev.quotecheck.text.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Opens what {@code verify --corpus REF...} names: index directories as they are, plain files and
 * directories through an index built on the fly in a cache keyed by their content (and the names
 * they are shown by), so a second run on the same material opens the same index instead of
 * rebuilding. The cache lives in {@code $QUOTECHECK_CACHE_DIR}, or the system property
 * {@code quotecheck.cache.dir}, else {@code ${XDG_CACHE_HOME:-~/.cache}/quotecheck}; it is kept
 * under 4 GB and 30 days without use ({@link CachePruner}).
 */
public final class Corpora {
  public static final String CACHE_PROPERTY = "quotecheck.cache.dir";
  public static final String CACHE_ENV = "QUOTECHECK_CACHE_DIR";

  private Corpora() {}

  /** Opens the corpus the references make up, building or reusing a cached index for plain material. */
  public static PassageIndex open(List<Path> refs, ProgressListener listener) throws InputException {
    return open(refs, cacheRoot(), IndexSettings.defaults(), listener);
  }

  public static LucenePassageIndex open(List<Path> refs, Path cacheRoot, IndexSettings settings,
      ProgressListener listener) throws InputException {
    if (refs.isEmpty()) {
      throw new InputException("no corpus given: name reference files, directories or an index with --corpus");
    }
    List<Path> indexes = new ArrayList<>();
    List<Path> plain = new ArrayList<>();
    for (Path r : refs) {
      if (LucenePassageIndex.isIndex(r)) {
        indexes.add(r);
      } else {
        plain.add(r);
      }
    }
    if (!plain.isEmpty()) {
      indexes.add(cached(plain, cacheRoot, settings, listener));
    }
    return LucenePassageIndex.open(indexes);
  }

  /** The cache directory for plain material, built if absent. */
  static Path cached(List<Path> plain, Path cacheRoot, IndexSettings settings, ProgressListener listener)
      throws InputException {
    CorpusWalker.Listing listing = new CorpusWalker(LucenePassageIndex::isIndex).walk(plain);
    Path target = cacheRoot.resolve(CachePruner.ENTRY_PREFIX + contentKey(listing.files()));
    if (LucenePassageIndex.isIndex(target) && opens(target)) {
      listing.problems().forEach(listener::problem);
      CachePruner.defaults().use(cacheRoot, target);
      return target;
    }
    Path tmp = cacheRoot.resolve(target.getFileName() + ".tmp-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
    try {
      Files.createDirectories(cacheRoot);
      new IndexBuilder(settings).build(plain, tmp, listener);
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
        deleteTree(tmp); // another run finished the same index first
      } catch (AtomicMoveNotSupportedException e) {
        throw new IndexException(cacheRoot + ": the cache directory cannot be updated atomically", e);
      }
      CachePruner.defaults().use(cacheRoot, target);
      return target;
    } catch (IOException e) {
      deleteTree(tmp);
      throw new IndexException(cacheRoot + ": cannot write the corpus cache (" + e.getMessage() + "); set "
          + CACHE_ENV + " to a writable directory", e);
    } catch (InputException e) {
      deleteTree(tmp);
      throw e;
    }
  }

  private static boolean opens(Path dir) {
    try (LucenePassageIndex i = LucenePassageIndex.open(dir)) {
      return true;
    } catch (IndexException e) {
      deleteTree(dir); // a damaged cache entry is rebuilt, not reported
      return false;
    }
  }

  /** A digest of each file's shown name, size and content. */
  static String contentKey(List<CorpusFile> files) throws InputException {
    MessageDigest all = sha256();
    all.update(("quotecheck-cache " + IndexMarker.FORMAT + "\n").getBytes(StandardCharsets.UTF_8));
    for (CorpusFile f : files) {
      String h;
      try {
        h = IndexBuilder.sha256(Files.readAllBytes(f.file()));
      } catch (IOException | OutOfMemoryError e) {
        h = "unreadable"; // the build reports it
      }
      all.update((f.display() + "\t" + f.size() + "\t" + h + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(all.digest()).substring(0, 32);
  }

  static Path cacheRoot() {
    String configured = System.getProperty(CACHE_PROPERTY);
    if (configured == null || configured.isBlank()) {
      configured = System.getenv(CACHE_ENV);
    }
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("quotecheck");
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          // best effort: a leftover temporary directory is harmless
        }
      });
    } catch (IOException e) {
      // as above
    }
  }
}
