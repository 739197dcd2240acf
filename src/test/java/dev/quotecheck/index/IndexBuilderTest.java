package dev.quotecheck.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quotecheck.corpus.Passage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexBuilderTest {
  @TempDir Path tmp;
  Path corpus;
  Path index;

  @BeforeEach
  void setUp() throws IOException {
    corpus = tmp.resolve("refs");
    index = tmp.resolve("index");
    IndexTestSupport.copyTree(Path.of("testdata/corpus"), corpus);
  }

  private IndexStats build(IndexTestSupport.Recorder rec) throws Exception {
    return new IndexBuilder(IndexTestSupport.settings()).build(List.of(corpus), index, rec);
  }

  @Test
  void findsExactAndAlteredQuotationsWithTheirSourcePositions() throws Exception {
    IndexStats stats = build(new IndexTestSupport.Recorder());
    assertThat(stats.added()).isEqualTo(7);
    try (LucenePassageIndex idx = LucenePassageIndex.open(index)) {
      assertThat(idx.size()).isEqualTo(stats.passages()).isGreaterThan(10);
      Passage p = idx.candidates("we will NOT raise taxes on working families", null, 5).get(0);
      assertThat(p.speaker()).isEqualTo("Maria Lopez");
      assertThat(p.path()).endsWith("tv-transcript.txt");
      assertThat(p.line()).isEqualTo(2);
      String file = Files.readString(corpus.resolve("tv-transcript.txt"));
      assertThat(file.substring(p.start(), p.end())).isEqualTo(p.text());
      // a word changed, a negation dropped: still found
      assertThat(idx.candidates("We will raise taxes on all working families", null, 3).get(0)).isEqualTo(p);
      // contractions on one side only
      assertThat(idx.candidates("We didn't get here by accident", null, 3).get(0).speaker())
          .isEqualTo("Governor Maria Lopez");
      // a one-word fragment
      assertThat(idx.candidates("unemployment", null, 3)).extracting(Passage::speaker).contains("Governor Maria Lopez");
      assertThat(idx.candidates("the", null, 3)).isEmpty();
    }
  }

  @Test
  void speakerFilterKeepsOnlyPassagesOfThatName() throws Exception {
    build(new IndexTestSupport.Recorder());
    try (LucenePassageIndex idx = LucenePassageIndex.open(index)) {
      assertThat(idx.candidates("The budget does not add up", "Tom Reed", 5))
          .isNotEmpty().allSatisfy(p -> assertThat(p.speaker()).contains("Reed"));
      assertThat(idx.candidates("The budget does not add up", "Councilman Reed", 5)).isNotEmpty();
      assertThat(idx.candidates("The budget does not add up", "Lopez", 5))
          .allSatisfy(p -> assertThat(p.speaker()).contains("Lopez"));
      assertThat(idx.candidates("The budget does not add up", "Nobody Known", 5)).isEmpty();
      // the filter keeps the ranking: the speaker's results are everyone's, theirs only, in order
      for (String text : List.of("The budget does not add up", "we will not raise taxes on working families")) {
        List<Passage> everyone = idx.candidates(text, null, 100);
        assertThat(idx.candidates(text, "Maria Lopez", 100)).isNotEmpty().containsExactlyElementsOf(everyone.stream()
            .filter(p -> IndexSchema.speakerWords(p.speaker()).stream().anyMatch(w -> w.equals("maria") || w.equals("lopez")))
            .toList());
      }
    }
  }

  @Test
  void theAllWordsLookupFindsTheSpeakersPassageHoldingEveryWordAndNothingForAnAbsentWord() throws Exception {
    build(new IndexTestSupport.Recorder());
    try (LucenePassageIndex idx = LucenePassageIndex.open(index)) {
      String quote = "we will not raise taxes on working families";
      List<Passage> found = idx.holdingAllWords(quote, "Maria Lopez", 5);
      assertThat(found).isNotEmpty().allSatisfy(p -> assertThat(p.speaker()).contains("Lopez"));
      assertThat(found.get(0).text()).containsIgnoringCase(quote);
      assertThat(idx.holdingAllWords(quote, "Tom Reed", 5)).isEmpty(); // not his words
      assertThat(idx.holdingAllWords("we will not raise zebra taxes on working families", "Maria Lopez", 5))
          .isEmpty(); // no passage holds 'zebra'
      assertThat(idx.holdingAllWords("and the taxes", "Maria Lopez", 5)).isEmpty(); // one content word: too few to narrow by
      // two content words: both required, the word pairs rank
      assertThat(idx.holdingAllWords("not raise taxes", "Maria Lopez", 5)).isNotEmpty()
          .allSatisfy(p -> assertThat(p.text().toLowerCase(java.util.Locale.ROOT)).contains("raise").contains("taxes"));
    }
  }

  @Test
  void turnReturnsTheNeighbouringPassagesOfOneSpeaker() throws Exception {
    build(new IndexTestSupport.Recorder());
    try (LucenePassageIndex idx = LucenePassageIndex.open(index)) {
      Passage p = idx.candidates("And we will build more", "Maria Lopez", 1).get(0);
      List<Passage> turn = idx.turn(p, 10);
      assertThat(turn).extracting(Passage::text)
          .containsExactly("We built four hundred schools in three years.", "And we will build more.");
      assertThat(idx.turn(p, 1)).containsExactly(p);
    }
  }

  @Test
  void secondRunReadsNothingUnchangedAndFollowsAddsChangesAndDeletes() throws Exception {
    IndexStats first = build(new IndexTestSupport.Recorder());
    IndexTestSupport.Recorder rec = new IndexTestSupport.Recorder();
    IndexStats again = build(rec);
    assertThat(again.unchanged()).isEqualTo(first.files());
    assertThat(again.bytesRead()).isZero();
    assertThat(rec.started).isZero();

    Files.writeString(corpus.resolve("tv-transcript.txt"), "ANNA BELL: Entirely new words about harbours.\n"
        + "ANNA BELL: More of them.\nANNA BELL: And more.\n");
    Files.delete(corpus.resolve("interview.srt"));
    Files.writeString(corpus.resolve("new.jsonl"), "{\"speaker\":\"Ed Stone\",\"text\":\"Fresh statement on ferries.\"}\n");
    Path touched = corpus.resolve("stamped.txt");
    Files.setLastModifiedTime(touched, FileTime.fromMillis(Files.getLastModifiedTime(touched).toMillis() + 60_000));

    IndexStats third = build(new IndexTestSupport.Recorder());
    assertThat(third.added()).isEqualTo(1);
    assertThat(third.changed()).isEqualTo(1);
    assertThat(third.removed()).isEqualTo(1);
    assertThat(third.unchanged()).isEqualTo(first.files() - 2);
    try (LucenePassageIndex idx = LucenePassageIndex.open(index)) {
      assertThat(idx.candidates("harbours", null, 5)).extracting(Passage::speaker).containsExactly("Anna Bell");
      assertThat(idx.candidates("statement on ferries", null, 5).get(0).speaker()).isEqualTo("Ed Stone");
      assertThat(idx.candidates("we will not raise taxes on working families", null, 5))
          .noneMatch(p -> p.path().endsWith("tv-transcript.txt"));
      assertThat(idx.candidates("our plan costs less than the one it replaces", null, 5))
          .noneMatch(p -> p.path().endsWith("interview.srt"));
      assertThat(idx.candidates("four hundred schools", null, 5).get(0).text()).contains("four hundred schools");
    }
  }

  @Test
  void aBuildThatLeavesManySegmentsMergesThemDown() throws Exception {
    // a commit after every file makes a segment per file
    IndexSettings settings = IndexTestSupport.settings().withCommitEveryBytes(1).withThreads(1);
    new IndexBuilder(settings.withMaxSegments(100)).build(List.of(corpus), index, ProgressListener.NONE);
    try (LucenePassageIndex idx = LucenePassageIndex.open(index)) {
      assertThat(idx.segments()).isGreaterThan(2);
    }
    Files.writeString(corpus.resolve("more.jsonl"), "{\"speaker\":\"Ed Stone\",\"text\":\"Ferries run late.\"}\n");
    new IndexBuilder(settings.withMaxSegments(1)).build(List.of(corpus), index, ProgressListener.NONE);
    try (LucenePassageIndex idx = LucenePassageIndex.open(index)) {
      assertThat(idx.segments()).isEqualTo(1);
      assertThat(idx.candidates("ferries run late", null, 1).get(0).speaker()).isEqualTo("Ed Stone");
    }
  }

  @Test
  void aSecondBuilderOnTheSameDirectoryFailsWithOneClearLine() throws Exception {
    build(new IndexTestSupport.Recorder());
    try (FSDirectory dir = FSDirectory.open(index);
        IndexWriter holder = new IndexWriter(dir, new IndexWriterConfig())) {
      assertThatThrownBy(() -> build(new IndexTestSupport.Recorder()))
          .isInstanceOf(IndexException.class)
          .hasMessageContaining("is being updated by another quotecheck index run")
          .hasMessageNotContaining("\n");
      // readers still see the committed index meanwhile
      try (LucenePassageIndex idx = LucenePassageIndex.open(index)) {
        assertThat(idx.candidates("four hundred schools", null, 5).get(0).text()).contains("four hundred schools");
      }
      holder.rollback();
    }
  }

  @Test
  void damagedIndexFilesGiveTheRebuildMessage() throws Exception {
    build(new IndexTestSupport.Recorder());
    try (var files = Files.list(index)) {
      for (Path f : files.filter(f -> f.getFileName().toString().matches(".*\\.(si|tim|tip|dvd|doc)")).toList()) {
        byte[] b = Files.readAllBytes(f);
        Files.write(f, java.util.Arrays.copyOf(b, b.length / 2));
      }
    }
    assertThatThrownBy(() -> LucenePassageIndex.open(index).close())
        .isInstanceOf(IndexException.class)
        .hasMessageStartingWith("the index at " + index + " is damaged; rebuild it with: quotecheck index --corpus "
            + corpus + " --index " + index);
    // the index command repairs it
    IndexTestSupport.Recorder rec = new IndexTestSupport.Recorder();
    build(rec);
    assertThat(rec.problems).anyMatch(p -> p.message().contains("rebuilding"));
    try (LucenePassageIndex idx = LucenePassageIndex.open(index)) {
      assertThat(idx.candidates("four hundred schools", null, 5).get(0).text()).contains("four hundred schools");
    }
  }

  @Test
  void refusesADirectoryThatIsNotAnIndexAndReportsMissingOnes() throws Exception {
    Files.createDirectories(tmp.resolve("stuff"));
    Files.writeString(tmp.resolve("stuff/keep.txt"), "mine");
    assertThatThrownBy(() -> new IndexBuilder(IndexTestSupport.settings())
        .build(List.of(corpus), tmp.resolve("stuff"), ProgressListener.NONE))
        .hasMessageContaining("is not a quotecheck index");
    assertThat(Files.readString(tmp.resolve("stuff/keep.txt"))).isEqualTo("mine");
    assertThatThrownBy(() -> LucenePassageIndex.open(tmp.resolve("stuff"))).hasMessageContaining("not a quotecheck index");
    assertThatThrownBy(() -> new IndexBuilder(IndexTestSupport.settings())
        .build(List.of(tmp.resolve("missing")), index, ProgressListener.NONE))
        .hasMessage(tmp.resolve("missing") + ": no such file or directory");
  }
}
