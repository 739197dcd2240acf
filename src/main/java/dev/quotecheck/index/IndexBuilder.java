package dev.quotecheck.index;

import dev.quotecheck.corpus.CorpusFile;
import dev.quotecheck.corpus.CorpusFileReader;
import dev.quotecheck.corpus.CorpusProblem;
import dev.quotecheck.corpus.CorpusWalker;
import dev.quotecheck.corpus.Passage;
import dev.quotecheck.corpus.Reading;
import dev.quotecheck.corpus.Turn;
import dev.quotecheck.text.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Builds or updates an on-disk index of a corpus. Files whose size and time are unchanged are not
 * read; files whose content hash is unchanged are not re-indexed; deleted files are removed.
 * Each file's passages and its file record are written as one atomic block, and commits happen
 * only at safe points, so a build killed at any moment leaves the last committed index intact and
 * readable, and the next run picks up where it stopped. Lucene's write lock keeps a second build
 * on the same directory out.
 */
public final class IndexBuilder {
  private final IndexSettings settings;
  /** Name words per speaker label: a corpus has few speakers and many passages. */
  private final Map<String, List<String>> speakerWords = new java.util.concurrent.ConcurrentHashMap<>();

  public IndexBuilder(IndexSettings settings) {
    this.settings = settings;
  }

  /** Builds or updates with the default settings. */
  public static IndexStats update(List<Path> corpusRoots, Path indexDir, ProgressListener listener)
      throws InputException {
    return new IndexBuilder(IndexSettings.defaults()).build(corpusRoots, indexDir, listener);
  }

  /** Whether the last commit (if any) was written in this version's index format. */
  private static boolean sameFormat(IndexWriter writer) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data == null) {
      return true;
    }
    for (Map.Entry<String, String> e : data) {
      if (e.getKey().equals("format")) {
        return e.getValue().equals(Integer.toString(IndexMarker.FORMAT));
      }
    }
    return writer.getDocStats().numDocs == 0;
  }

  /** An indexed file's record. */
  private record Known(long size, long modified, String hash) {}

  public IndexStats build(List<Path> corpusRoots, Path indexDir, ProgressListener listener) throws InputException {
    long t0 = System.nanoTime();
    prepareDirectory(indexDir, corpusRoots);
    CorpusWalker.Listing listing = new CorpusWalker(LucenePassageIndex::isIndex).walk(corpusRoots);
    BuildRun run = new BuildRun(listener);
    listing.problems().forEach(run::problem);
    try (Directory dir = FSDirectory.open(indexDir);
        IndexWriter writer = openWriter(dir, indexDir, run)) {
      if (!sameFormat(writer)) {
        writer.deleteAll(); // terms of another format cannot be updated in place: rebuild
      }
      Map<String, Known> known = knownFiles(writer);
      List<CorpusFile> todo = new ArrayList<>();
      Map<String, Boolean> present = new HashMap<>();
      for (CorpusFile f : listing.files()) {
        present.put(f.display(), true);
        Known k = known.get(f.display());
        if (k != null && k.size() == f.size() && k.modified() == f.modified()) {
          run.unchanged++;
        } else {
          todo.add(f);
        }
      }
      for (String key : known.keySet()) {
        if (!present.containsKey(key)) {
          writer.deleteDocuments(new Term(IndexSchema.PATH, key));
          run.removed++;
        }
      }
      run.start(todo);
      index(writer, todo, known, run);
      compact(writer);
      writer.setLiveCommitData(Map.of("format", Integer.toString(IndexMarker.FORMAT)).entrySet());
      writer.commit();
      long passages = countPassages(writer);
      IndexStats stats = run.stats(listing.files().size(), passages, System.nanoTime() - t0);
      listener.finished(stats);
      return stats;
    } catch (LockObtainFailedException e) {
      throw new IndexException("the index at " + indexDir
          + " is being updated by another quotecheck index run; try again when it has finished", e);
    } catch (IOException e) {
      throw new IndexException("cannot write the index at " + indexDir + " (" + e.getMessage() + ")", e);
    }
  }

  private static void prepareDirectory(Path indexDir, List<Path> roots) throws IndexException {
    try {
      if (Files.isDirectory(indexDir) && !IndexMarker.isIndex(indexDir)) {
        try (var entries = Files.list(indexDir)) {
          if (entries.findAny().isPresent()) {
            throw new IndexException(indexDir
                + ": exists and is not a quotecheck index; give an empty or new directory for --index");
          }
        }
      }
      for (Path r : roots) {
        if (Files.exists(r) && Files.exists(indexDir) && Files.isSameFile(r, indexDir)) {
          throw new IndexException(indexDir + ": the index directory cannot also be a corpus root");
        }
      }
      Files.createDirectories(indexDir);
      if (!IndexMarker.isIndex(indexDir) || !IndexMarker.read(indexDir).getProperty("roots", "").equals(
          String.join("\n", roots.stream().map(Path::toString).toList()))) {
        IndexMarker.write(indexDir, roots);
      }
    } catch (IOException e) {
      throw new IndexException(indexDir + ": cannot create the index directory (" + e.getMessage() + ")", e);
    }
  }

  private IndexWriter openWriter(Directory dir, Path indexDir, BuildRun run) throws IOException {
    try {
      return new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
        | java.io.EOFException | java.nio.file.NoSuchFileException e) {
      // The index command is the way to repair: start over rather than fail. Lucene reads the
      // old commit even to overwrite it, so the damaged files go first.
      run.problem(new CorpusProblem(indexDir.toString(), 0, "the index was damaged; rebuilding it from scratch"));
      for (String name : dir.listAll()) {
        if (name.startsWith("segments") || name.startsWith("_") || name.startsWith("pending_segments")) {
          dir.deleteFile(name);
        }
      }
      return new IndexWriter(dir, config(IndexWriterConfig.OpenMode.CREATE));
    }
  }

  private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    // passages reach Lucene as whole segments (PassageBatch); only file records are analysed,
    // and they hold keywords only
    IndexWriterConfig c = new IndexWriterConfig(new KeywordAnalyzer());
    c.setOpenMode(mode);
    c.setRAMBufferSizeMB(16); // file records only: passages come as whole segments
    c.setCommitOnClose(false); // only explicit commits: a failed run leaves the last one
    c.setUseCompoundFile(false);
    // Lucene throttles merges to spare a server's disks for its searches; a build has no
    // searches to spare, and throttled merges left the cores idle at the end of a build.
    ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler();
    merges.disableAutoIOThrottle();
    // each worker's addIndexes waits for its segment to be written by a merge thread: one
    // thread per worker, or the workers take turns
    merges.setMaxMergesAndThreads(settings.threads() + 5, settings.threads());
    c.setMergeScheduler(merges);
    return c;
  }

  private static Map<String, Known> knownFiles(IndexWriter writer) throws IOException {
    Map<String, Known> out = new HashMap<>();
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      IndexSearcher s = new IndexSearcher(r);
      TermQuery files = new TermQuery(new Term(IndexSchema.KIND, IndexSchema.FILE));
      int n = Math.max(1, s.count(files));
      StoredFields stored = r.storedFields();
      for (ScoreDoc d : s.search(files, n).scoreDocs) {
        Document doc = stored.document(d.doc);
        out.put(doc.get(IndexSchema.DISPLAY), new Known(doc.getField(IndexSchema.SIZE).numericValue().longValue(),
            doc.getField(IndexSchema.MODIFIED).numericValue().longValue(), doc.get(IndexSchema.HASH)));
      }
    }
    return out;
  }

  /** Merges a build's many segments down to a few, for query speed (see {@link IndexSettings}). */
  private void compact(IndexWriter writer) throws IOException {
    int segments;
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      segments = r.leaves().size();
    }
    if (segments > 2 * settings.maxSegments()) {
      writer.forceMerge(settings.maxSegments());
    }
  }

  private static long countPassages(IndexWriter writer) throws IOException {
    try (DirectoryReader r = DirectoryReader.open(writer)) {
      return r.numDocs() - new IndexSearcher(r).count(new TermQuery(new Term(IndexSchema.KIND, IndexSchema.FILE)));
    }
  }

  private void index(IndexWriter writer, List<CorpusFile> todo, Map<String, Known> known, BuildRun run)
      throws IOException {
    CorpusFileReader files = new CorpusFileReader(settings.formats(), settings.maxFileBytes());
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(settings.threads(), r -> {
      Thread t = new Thread(r, "quotecheck-index");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < settings.threads(); t++) {
        workers.add(pool.submit(() -> {
          try {
            work(writer, files, todo, next, known, run);
          } catch (IOException | RuntimeException e) {
            next.set(todo.size()); // the other workers stop after their current file
            throw e;
          }
          return null;
        }));
      }
      for (Future<?> w : workers) {
        w.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IOException(c);
    } finally {
      pool.shutdownNow();
    }
  }

  /** One worker: takes files until none are left, handing Lucene a segment per full batch. */
  private void work(IndexWriter writer, CorpusFileReader files, List<CorpusFile> todo, AtomicInteger next,
      Map<String, Known> known, BuildRun run) throws IOException {
    // a batch's estimate leaves out object headers, and writing it as a segment needs about as
    // much again: an eighth of the heap per thread stays clear of the limit
    long batchBytes = Math.min((long) settings.ramBufferMb() << 20,
        Runtime.getRuntime().maxMemory() / (8L * settings.threads()));
    PassageBatch batch = new PassageBatch();
    for (int i; (i = next.getAndIncrement()) < todo.size(); ) {
      CorpusFile f = todo.get(i);
      indexFile(writer, files, f, known.get(f.display()), run, batch);
      boolean commit = run.commitDue(settings.commitEveryBytes());
      if (commit || batch.ramBytes() >= batchBytes) {
        add(writer, batch);
        batch = new PassageBatch();
      }
      if (commit) {
        writer.commit(); // this worker's files so far; the others' batches wait for their turn
      }
    }
    add(writer, batch);
  }

  /**
   * Writes a batch as a segment. A file's passages and record are in one batch, and a segment
   * is added whole or not at all, so a commit never holds part of a file.
   */
  private static void add(IndexWriter writer, PassageBatch batch) throws IOException {
    if (batch.maxDoc() > 0) {
      writer.addIndexes(batch.reader());
    }
  }

  private void indexFile(IndexWriter writer, CorpusFileReader files, CorpusFile f, Known previous, BuildRun run,
      PassageBatch batch) throws IOException {
    CorpusProblem[] problem = new CorpusProblem[1];
    byte[] bytes = files.bytes(f, problem);
    Term key = new Term(IndexSchema.PATH, f.display());
    if (bytes == null) {
      run.problem(problem[0]);
      if (previous != null) {
        writer.deleteDocuments(key);
        run.count(f, 0, BuildRun.Outcome.REMOVED);
      } else {
        run.count(f, 0, BuildRun.Outcome.SKIPPED);
      }
      return;
    }
    String hash = sha256(bytes);
    if (previous != null && previous.hash().equals(hash)) {
      // touched but not changed: refresh the record only, keep the passages
      Document fileDoc = IndexSchema.file(f.key(), f.display(), f.size(), f.modified(), hash, -1);
      writer.updateDocument(new Term(IndexSchema.FILE_KEY, f.display()), fileDoc);
      run.count(f, 0, BuildRun.Outcome.UNCHANGED);
      return;
    }
    Reading reading = files.read(f.display(), bytes);
    reading.problems().forEach(run::problem);
    if (previous != null) {
      // The new passages reach the index later, with their batch, so they are not deleted.
      // A commit in between holds neither old nor new passages, nor the file's record: the
      // next run indexes the file afresh.
      writer.deleteDocuments(key);
    }
    int seq = 0;
    for (Turn t : reading.turns()) {
      int first = seq;
      int last = seq + t.passages().size() - 1;
      for (Passage p : t.passages()) {
        batch.addPassage(p, new IndexSchema.Place(seq++, first, last),
            speakerWords.computeIfAbsent(p.speaker() == null ? "" : p.speaker(), IndexSchema::speakerWords));
      }
    }
    batch.addFile(f.key(), f.display(), f.size(), f.modified(), hash, seq);
    run.count(f, seq, previous == null ? BuildRun.Outcome.ADDED : BuildRun.Outcome.CHANGED);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
