package dev.quotecheck.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteChecker;
import dev.quotecheck.QuoteResult;
import dev.quotecheck.index.IndexBuilder;
import dev.quotecheck.index.IndexSettings;
import dev.quotecheck.index.LucenePassageIndex;
import dev.quotecheck.index.ProgressListener;
import dev.quotecheck.text.Documents;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole library pipeline (extraction, attribution, retrieval, verification) on the sample
 * draft against testdata/verify/gantz-corpus. Skips when ../shared is absent.
 */
class GantzPipelineIT {

  @TempDir Path tmp;

  @Test
  void sampleDraftAgainstOtherOutletsWording() throws Exception {
    Path sample = Path.of(System.getProperty("quotecheck.shared", "../shared"), "samples/gantz-iran-2021-12-12.txt");
    assumeTrue(Files.isRegularFile(sample), "sample draft absent");
    new IndexBuilder(IndexSettings.defaults()).build(List.of(Path.of("testdata/verify/gantz-corpus")), tmp, ProgressListener.NONE);
    DocumentResult result;
    try (LucenePassageIndex index = LucenePassageIndex.open(tmp)) {
      QuoteChecker checker = QuoteChecker.builder().verifier(CorpusVerifier.builder(index).build()).build();
      result = checker.check(Documents.load(sample));
    }
    Map<String, Status> byStart = new LinkedHashMap<>();
    for (QuoteResult q : result.quotes()) {
      String text = q.quote().text();
      byStart.put(text.substring(0, Math.min(20, text.length())), q.verdict().status());
    }
    assertThat(byStart).containsEntry("There is room for in", Status.VERIFIED)
        .containsEntry("The Americans are al", Status.ALTERED)
        .containsEntry("America is the stron", Status.ALTERED)
        .containsEntry("The will is always t", Status.ALTERED);
    assertThat(byStart.values()).filteredOn(s -> s == Status.UNVERIFIED).hasSize(byStart.size() - 4);
    assertThat(byStart.values()).doesNotContain(Status.MISATTRIBUTED);
  }
}
