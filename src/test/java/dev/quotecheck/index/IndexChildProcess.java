package dev.quotecheck.index;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs an index build in a separate JVM so {@link IndexCrashIT} can kill it part-way. */
public final class IndexChildProcess {
  private IndexChildProcess() {}

  /** Arguments: index directory, commit interval in bytes, corpus roots. */
  public static void main(String[] args) throws Exception {
    List<Path> roots = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      roots.add(Path.of(args[i]));
    }
    IndexSettings settings = IndexTestSupport.settings().withThreads(1).withCommitEveryBytes(Long.parseLong(args[1]));
    new IndexBuilder(settings).build(roots, Path.of(args[0]), new ProgressListener() {
      @Override
      public void advanced(int filesDone, long bytesDone) {
        System.out.println("files " + filesDone);
        System.out.flush();
      }
    });
    System.out.println("done");
  }
}
