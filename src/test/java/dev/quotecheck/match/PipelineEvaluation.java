package dev.quotecheck.match;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteChecker;
import dev.quotecheck.QuoteResult;
import dev.quotecheck.index.PassageIndex;
import dev.quotecheck.text.Documents;
import dev.quotecheck.text.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The generated drafts through the whole library pipeline: quotations found by extraction,
 * speakers by attribution, then verified. A case whose quotation is not extracted counts as
 * answered {@code unverified}. Scored like {@link VerifyEvaluation}.
 *
 * <p>Run: {@code java -cp ... dev.quotecheck.match.PipelineEvaluation [SHARED_DIR [SEED [OUT_DIR]]]}.
 */
final class PipelineEvaluation {

  private PipelineEvaluation() {}

  static VerifyEvaluation.Scores evaluate(QuoteChecker checker, Path drafts, List<VerifyCase> cases) throws InputException {
    Normalizer n = Normalizer.standard();
    List<VerifyEvaluation.Outcome> out = new ArrayList<>();
    for (int d = 0; d * VerifyDrafts.PER_DRAFT < cases.size(); d++) {
      DocumentResult result = checker.check(Documents.load(drafts.resolve(VerifyDrafts.name(d))));
      for (int i = d * VerifyDrafts.PER_DRAFT; i < Math.min(cases.size(), (d + 1) * VerifyDrafts.PER_DRAFT); i++) {
        VerifyCase c = cases.get(i);
        List<String> want = words(n, c.quote());
        Verdict verdict = null;
        for (QuoteResult q : result.quotes()) {
          if (words(n, q.quote().text()).equals(want)) {
            verdict = q.verdict();
          }
        }
        if (verdict == null) {
          verdict = new Verdict(Status.UNVERIFIED, Severity.NONE, 0, null, List.of(), List.of("not extracted"));
        }
        out.add(new VerifyEvaluation.Outcome(c, verdict));
      }
    }
    return new VerifyEvaluation.Scores(out);
  }

  private static List<String> words(Normalizer n, String text) {
    return n.draft(text).stream().map(Token::norm).toList();
  }

  public static void main(String[] args) throws IOException, InputException {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    long seed = args.length > 1 ? Long.parseLong(args[1]) : VerifyEvaluation.DEFAULT_SEED;
    Path outDir = Path.of(args.length > 2 ? args[2] : "target/verify-testset");
    List<VerifyCase> cases = new VerifyTestSetGenerator(VerifyEvaluation.debatePassages(shared), seed).generate();
    VerifyDrafts.write(outDir, cases);
    try (PassageIndex index = VerifyEvaluation.debateIndex(shared, outDir)) {
      QuoteChecker checker = QuoteChecker.builder().verifier(CorpusVerifier.builder(index).build()).build();
      VerifyEvaluation.Scores s = evaluate(checker, outDir, cases);
      String report = s.report() + VerifyEvaluation.missesText(s);
      Files.writeString(outDir.resolve("pipeline-results.md"), report, StandardCharsets.UTF_8);
      System.out.print(report);
    }
  }
}
