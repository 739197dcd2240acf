package dev.quotecheck.robust;

import dev.quotecheck.cli.Main;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the command line in a child JVM and, on exit, writes its peak heap (the sum of each heap
 * pool's peak, an upper bound) to the file named by {@code -Dquotecheck.peakFile}.
 */
public final class MeasuredMain {
  private MeasuredMain() {}

  public static void main(String[] args) throws IOException {
    int code = new Main(System.out, System.err, System.in).run(args);
    System.out.flush();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    String file = System.getProperty("quotecheck.peakFile");
    if (file != null) {
      Files.writeString(Path.of(file), Long.toString(peak), StandardCharsets.UTF_8);
    }
    System.exit(code);
  }
}
