package dev.quotecheck.match;

import dev.quotecheck.corpus.Passage;
import dev.quotecheck.index.IndexBuilder;
import dev.quotecheck.index.IndexSettings;
import dev.quotecheck.index.LucenePassageIndex;
import dev.quotecheck.index.PassageIndex;
import dev.quotecheck.index.ProgressListener;
import dev.quotecheck.text.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the verifier over the generated test set and scores it: accuracy of the status (and of
 * status plus severity), recall of critical changes, and false alarms (faithful quotations
 * reported altered or misattributed).
 *
 * <p>Run: {@code java -cp ... dev.quotecheck.match.VerifyEvaluation [SHARED_DIR [SEED [OUT_DIR]]]}
 * (see docs/accuracy.md for the full command).
 */
final class VerifyEvaluation {

  static final long DEFAULT_SEED = 20201029L;

  /** One case and what the verifier said. */
  record Outcome(VerifyCase expected, Verdict actual) {
    boolean statusRight() {
      return actual.status() == expected.status();
    }

    boolean exactlyRight() {
      return statusRight() && (expected.status() != Status.ALTERED || actual.severity() == expected.severity());
    }

    boolean falseAlarm() {
      return expected.faithful() && (actual.status() == Status.ALTERED || actual.status() == Status.MISATTRIBUTED);
    }

    boolean criticalCaught() {
      return actual.status() == Status.ALTERED && actual.severity() == Severity.CRITICAL;
    }
  }

  /** The figures. */
  record Scores(List<Outcome> outcomes) {
    double accuracy() {
      return ratio(outcomes.stream().filter(Outcome::statusRight).count(), outcomes.size());
    }

    double severityAccuracy() {
      return ratio(outcomes.stream().filter(Outcome::exactlyRight).count(), outcomes.size());
    }

    double criticalRecall() {
      List<Outcome> critical = outcomes.stream().filter(o -> o.expected().critical()).toList();
      return ratio(critical.stream().filter(Outcome::criticalCaught).count(), critical.size());
    }

    double falseAlarmRate() {
      List<Outcome> faithful = outcomes.stream().filter(o -> o.expected().faithful()).toList();
      return ratio(faithful.stream().filter(Outcome::falseAlarm).count(), faithful.size());
    }

    List<Outcome> misses() {
      return outcomes.stream().filter(o -> !o.exactlyRight()).toList();
    }

    String report() {
      StringBuilder b = new StringBuilder();
      b.append(String.format(Locale.ROOT, "| category | cases | status right | status+severity right |%n|---|---:|---:|---:|%n"));
      Map<String, int[]> by = new LinkedHashMap<>();
      for (Outcome o : outcomes) {
        int[] c = by.computeIfAbsent(o.expected().category(), k -> new int[3]);
        c[0]++;
        c[1] += o.statusRight() ? 1 : 0;
        c[2] += o.exactlyRight() ? 1 : 0;
      }
      by.forEach((k, c) -> b.append(String.format(Locale.ROOT, "| %s | %d | %d | %d |%n", k, c[0], c[1], c[2])));
      b.append(String.format(Locale.ROOT,
          "%ncases %d  accuracy %.3f  (status+severity %.3f)  critical recall %.3f  false alarms %.3f%n",
          outcomes.size(), accuracy(), severityAccuracy(), criticalRecall(), falseAlarmRate()));
      return b.toString();
    }

    private static double ratio(long a, long b) {
      return b == 0 ? 1.0 : (double) a / b;
    }
  }

  private VerifyEvaluation() {}

  static Scores evaluate(CorpusVerifier verifier, List<VerifyCase> cases) {
    List<Outcome> out = new ArrayList<>(cases.size());
    for (VerifyCase c : cases) {
      out.add(new Outcome(c, verifier.verify(c.quote(), c.speaker())));
    }
    return new Scores(out);
  }

  /** The debate passages behind the test set. */
  static List<Passage> debatePassages(Path shared) throws IOException {
    return TranscriptPassages.read(shared.resolve("corpora/debates-2020"));
  }

  /**
   * The index the evaluation runs against: the real Lucene index over the debates, built (or
   * brought up to date) in {@code work/debates-index}.
   */
  static PassageIndex debateIndex(Path shared, Path work) throws InputException {
    Path dir = work.resolve("debates-index");
    new IndexBuilder(IndexSettings.defaults()).build(List.of(shared.resolve("corpora/debates-2020")), dir, ProgressListener.NONE);
    return LucenePassageIndex.open(dir);
  }

  public static void main(String[] args) throws IOException, InputException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    long seed = args.length > 1 ? Long.parseLong(args[1]) : DEFAULT_SEED;
    Path outDir = Path.of(args.length > 2 ? args[2] : "target/verify-testset");
    List<Passage> passages = debatePassages(shared);
    List<VerifyCase> cases = new VerifyTestSetGenerator(passages, seed).generate();
    VerifyDrafts.write(outDir, cases);
    try (PassageIndex index = debateIndex(shared, outDir)) {
      Scores s = evaluate(CorpusVerifier.builder(index).build(), cases);
      String report = s.report() + missesText(s);
      if (args.length > 3 && args[3].equals("all")) {
        report += "\nall:\n" + outcomesText(s.outcomes());
      }
      Files.writeString(outDir.resolve("results.md"), report, StandardCharsets.UTF_8);
      System.out.print(report);
    }
  }

  static String missesText(Scores s) {
    return "\nmisses:\n" + outcomesText(s.misses());
  }

  static String outcomesText(List<Outcome> outcomes) {
    StringBuilder b = new StringBuilder();
    for (Outcome o : outcomes) {
      b.append(String.format(Locale.ROOT, "- %s expected %s/%s got %s/%s %.2f %s%n  quote: %s%n  diff: %s%n",
          o.expected().id(), o.expected().status().id(), o.expected().severity().id(),
          o.actual().status().id(), o.actual().severity().id(), o.actual().similarity(),
          o.actual().reasons(), o.expected().quote(), InlineDiff.render(o.actual().diff())));
    }
    return b.toString();
  }
}
