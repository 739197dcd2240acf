package dev.quotecheck.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.corpus.Passage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorporaTest {
  @TempDir Path tmp;

  @Test
  void plainMaterialIsIndexedOnceIntoACacheKeyedByContent() throws Exception {
    Path refs = tmp.resolve("refs");
    IndexTestSupport.copyTree(Path.of("testdata/corpus"), refs);
    Path cache = tmp.resolve("cache");
    IndexTestSupport.Recorder first = new IndexTestSupport.Recorder();
    try (LucenePassageIndex idx = Corpora.open(List.of(refs), cache, IndexTestSupport.settings(), first)) {
      assertThat(first.started).isEqualTo(7);
      assertThat(idx.candidates("cleaner than it has been in forty years", null, 1).get(0).speaker())
          .isEqualTo("Maria Lopez");
    }
    IndexTestSupport.Recorder second = new IndexTestSupport.Recorder();
    try (LucenePassageIndex idx = Corpora.open(List.of(refs), cache, IndexTestSupport.settings(), second)) {
      assertThat(second.started).as("no rebuild").isEqualTo(-1);
      assertThat(idx.size()).isGreaterThan(10);
    }
    try (var entries = Files.list(cache)) {
      assertThat(entries.toList()).singleElement().satisfies(p -> assertThat(p.getFileName().toString()).startsWith("corpus-"));
    }
    // changed content: a new cache entry, with the new words
    Files.writeString(refs.resolve("posts.jsonl"), "{\"speaker\":\"Ed Stone\",\"text\":\"Ferries run late.\"}\n");
    IndexTestSupport.Recorder third = new IndexTestSupport.Recorder();
    try (LucenePassageIndex idx = Corpora.open(List.of(refs), cache, IndexTestSupport.settings(), third)) {
      assertThat(third.started).isEqualTo(7);
      assertThat(idx.candidates("ferries run late", null, 1)).extracting(Passage::speaker).containsExactly("Ed Stone");
    }
  }

  @Test
  void indexDirectoriesAndPlainFilesCombine() throws Exception {
    Path refs = tmp.resolve("refs");
    IndexTestSupport.copyTree(Path.of("testdata/corpus"), refs);
    Path index = tmp.resolve("idx");
    new IndexBuilder(IndexTestSupport.settings()).build(List.of(refs.resolve("stamped.txt")), index, ProgressListener.NONE);
    try (LucenePassageIndex idx = Corpora.open(List.of(index, refs.resolve("posts.jsonl")), tmp.resolve("cache"),
        IndexTestSupport.settings(), ProgressListener.NONE)) {
      assertThat(idx.directories()).hasSize(2);
      assertThat(idx.candidates("four hundred schools in three years", null, 1).get(0).path()).endsWith("stamped.txt");
      assertThat(idx.candidates("proud of our teachers", null, 1).get(0).path()).endsWith("posts.jsonl");
    }
  }
}
