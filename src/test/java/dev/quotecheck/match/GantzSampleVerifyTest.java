package dev.quotecheck.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.quotecheck.index.IndexBuilder;
import dev.quotecheck.index.IndexSettings;
import dev.quotecheck.index.LucenePassageIndex;
import dev.quotecheck.index.ProgressListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample draft's quotations against testdata/verify/gantz-corpus, a small corpus of our own
 * writing: other outlets' wording of some of the same remarks. Quotation text is read from the
 * sample in ../shared (skipped when absent); speakers are given explicitly, as attribution is
 * another package's job.
 */
class GantzSampleVerifyTest {

  @TempDir static Path tmp;
  private static String sample;
  private static LucenePassageIndex index;
  private static CorpusVerifier verifier;

  @BeforeAll
  static void setUp() throws Exception {
    Path file = Path.of(System.getProperty("quotecheck.shared", "../shared"), "samples/gantz-iran-2021-12-12.txt");
    assumeTrue(Files.isRegularFile(file), "sample draft absent");
    sample = Files.readString(file, StandardCharsets.UTF_8);
    Path dir = tmp.resolve("index");
    new IndexBuilder(IndexSettings.defaults()).build(List.of(Path.of("testdata/verify/gantz-corpus")), dir, ProgressListener.NONE);
    index = LucenePassageIndex.open(dir);
    verifier = CorpusVerifier.builder(index).build();
  }

  @AfterAll
  static void tearDown() {
    if (index != null) {
      index.close();
    }
  }

  /** The sample's quotation from its first words to its last words, as written. */
  private static String quote(String first, String last) {
    int a = sample.indexOf(first);
    int b = sample.indexOf(last, a);
    assertThat(a).as(first).isNotNegative();
    assertThat(b).as(last).isGreaterThanOrEqualTo(a);
    return sample.substring(a, b + last.length());
  }

  @Test
  void theExactQuotationIsVerified() {
    Verdict v = verifier.verify(quote("There is room for", "nuclear program"), "Benny Gantz");
    assertThat(v.status()).isEqualTo(Status.VERIFIED);
    assertThat(v.source().path()).endsWith("gantz-wire.md");
    assertThat(v.source().speaker()).isEqualTo("Benny Gantz");
  }

  @Test
  void alwaysForStillIsAMajorAlteration() {
    Verdict v = verifier.verify(quote("The Americans are always", "broader priorities"), "Benny Gantz");
    assertThat(v.status()).isEqualTo(Status.ALTERED);
    assertThat(v.severity()).isEqualTo(Severity.MAJOR);
    assertThat(v.reasons()).contains("words replaced: \"always\" -> \"still\"", "function words dropped: \"as\"");
    assertThat(InlineDiff.render(v.diff()))
        .isEqualTo("The Americans are [-still-]{+always+} with us, but at the same time, we [-as-] Israelis have to understand"
            + " that the United States has broader priorities");
  }

  @Test
  void rushForHurryIsAMajorAlteration() {
    Verdict v = verifier.verify(quote("America is the strongest", "stages of the case"), "Benny Gantz");
    assertThat(v.status()).isEqualTo(Status.ALTERED);
    assertThat(v.severity()).isEqualTo(Severity.MAJOR);
    assertThat(v.diff()).contains(new DiffOp(DiffOp.Op.REPLACE, "rush", "hurry"), new DiffOp(DiffOp.Op.REPLACE, "case", "matter"));
  }

  @Test
  void zamirsBracketedQuotationDiffersOnlyInAFunctionWord() {
    Verdict v = verifier.verify(quote("The will is always", "security of its citizens"), "Eyal Zamir");
    assertThat(v.status()).isEqualTo(Status.ALTERED);
    assertThat(v.severity()).isEqualTo(Severity.MINOR);
    // a two-word bracket stands for up to three words: "the Americans on"
    assertThat(v.diff()).contains(new DiffOp(DiffOp.Op.EQUAL, "[the US]", "the Americans on"));
    assertThat(v.reasons()).containsExactly("function words replaced: \"The\" -> \"Our\"");
  }

  @Test
  void quotationsNoOutletReportedAreUnverified() {
    List<String[]> rest = List.of(
        new String[] {"prepare for the Iranian", "operational level.", "Benny Gantz"},
        new String[] {"are losing patience", "patience", "Benny Gantz"},
        new String[] {"a bad hand", "bad hand", "Benny Gantz"},
        new String[] {"There are many steps", "years to come.", "Benny Gantz"},
        new String[] {"it would be a challenge", "with the Americans.", "Eyal Zamir"},
        new String[] {"worrying", "worrying", "Eyal Zamir"});
    for (String[] r : rest) {
      Verdict v = verifier.verify(quote(r[0], r[1]), r[2]);
      assertThat(v.status()).as(r[0]).isEqualTo(Status.UNVERIFIED);
    }
  }

  @Test
  void aRemarkCreditedToTheWrongOfficialIsMisattributed() {
    Verdict v = verifier.verify(quote("There is room for", "nuclear program"), "Antony Blinken");
    assertThat(v.status()).isEqualTo(Status.MISATTRIBUTED);
    assertThat(v.reasons().get(0)).isEqualTo("said by Benny Gantz, not Antony Blinken");
  }
}
