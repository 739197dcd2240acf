package dev.quotecheck.robust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The quotecheck command line in a child JVM of a given heap, with its exit code, streams, time and peak heap. */
public final class ChildJvm {

  /** What one run did. */
  public record Result(int code, String out, String err, long millis, long peakHeapBytes) {
    public long peakHeapMb() {
      return peakHeapBytes >> 20;
    }
  }

  private ChildJvm() {}

  /** The test classpath (surefire and failsafe name it; else the JVM's own). */
  static String classpath() {
    String cp = System.getProperty("surefire.test.class.path");
    return cp != null && !cp.isBlank() ? cp : System.getProperty("java.class.path");
  }

  /** Starts the CLI with {@code args} in {@code dir}; stdout and stderr go to files there. */
  public static Process start(Path dir, String xmx, List<String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + xmx,
        "-Dquotecheck.peakFile=" + dir.resolve("peak.txt"), "-cp", classpath(), MeasuredMain.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile());
    for (String kv : env) {
      pb.environment().put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
    }
    return pb.start();
  }

  public static Result run(Path dir, String xmx, List<String> env, String... args) throws Exception {
    Files.deleteIfExists(dir.resolve("peak.txt"));
    long t0 = System.nanoTime();
    Process p = start(dir, xmx, env, args);
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("quotecheck " + String.join(" ", args) + " did not finish in 10 minutes");
    }
    long millis = (System.nanoTime() - t0) / 1_000_000;
    Path peak = dir.resolve("peak.txt");
    long peakBytes = Files.exists(peak) ? Long.parseLong(Files.readString(peak).strip()) : -1;
    return new Result(p.exitValue(), Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8), millis, peakBytes);
  }

  /** Appends one figure line to {@code target/robust-figures.txt} (read into docs/reliability.md). */
  public static void record(String what, Result r) throws IOException {
    String line = String.format("%s: exit %d, %d ms, peak heap %d MB%n", what, r.code(), r.millis(), r.peakHeapMb());
    System.out.print(line);
    Files.writeString(Path.of("target", "robust-figures.txt"), line, StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
  }
}
