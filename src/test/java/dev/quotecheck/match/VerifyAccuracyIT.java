package dev.quotecheck.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quotecheck.QuoteChecker;
import dev.quotecheck.corpus.Passage;
import dev.quotecheck.index.PassageIndex;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The verification test set generated from ../shared/corpora/debates-2020 must reach the targets:
 * accuracy at least 0.95, every critical change caught, at most 2% false alarms. Skips when
 * ../shared is absent. The drafts and results land in target/verify-testset. The targets are
 * checked twice: with the credited speakers given, and with the drafts run through the whole
 * pipeline (extraction and attribution included).
 */
class VerifyAccuracyIT {

  @Test
  void generatedTestSetMeetsTheTargets() throws Exception {
    Path shared = Path.of(System.getProperty("quotecheck.shared", "../shared"));
    assumeTrue(Files.isDirectory(shared.resolve("corpora/debates-2020")), "../shared/corpora/debates-2020 absent");
    List<Passage> passages = VerifyEvaluation.debatePassages(shared);
    List<VerifyCase> cases = new VerifyTestSetGenerator(passages, VerifyEvaluation.DEFAULT_SEED).generate();
    assertThat(cases).hasSizeGreaterThan(300);
    Path out = Path.of("target/verify-testset");
    VerifyDrafts.write(out, cases);
    try (PassageIndex index = VerifyEvaluation.debateIndex(shared, out)) {
      VerifyEvaluation.Scores scores = VerifyEvaluation.evaluate(CorpusVerifier.builder(index).build(), cases);
      String report = scores.report() + VerifyEvaluation.missesText(scores);
      Files.writeString(out.resolve("results.md"), report, StandardCharsets.UTF_8);
      assertThat(scores.accuracy()).as(report).isGreaterThanOrEqualTo(0.95);
      assertThat(scores.criticalRecall()).as(report).isEqualTo(1.0);
      assertThat(scores.falseAlarmRate()).as(report).isLessThanOrEqualTo(0.02);

      // the same drafts through extraction and attribution too
      QuoteChecker checker = QuoteChecker.builder().verifier(CorpusVerifier.builder(index).build()).build();
      VerifyEvaluation.Scores pipeline = PipelineEvaluation.evaluate(checker, out, cases);
      String pipelineReport = pipeline.report() + VerifyEvaluation.missesText(pipeline);
      Files.writeString(out.resolve("pipeline-results.md"), pipelineReport, StandardCharsets.UTF_8);
      assertThat(pipeline.accuracy()).as(pipelineReport).isGreaterThanOrEqualTo(0.95);
      assertThat(pipeline.criticalRecall()).as(pipelineReport).isEqualTo(1.0);
      assertThat(pipeline.falseAlarmRate()).as(pipelineReport).isLessThanOrEqualTo(0.02);
    }
  }
}
