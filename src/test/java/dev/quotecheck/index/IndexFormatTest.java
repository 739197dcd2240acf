package dev.quotecheck.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index written in another format is never misread: open refuses it, update rebuilds it. */
class IndexFormatTest {
  @TempDir Path dir;

  private void stampFormat(Path index, String format) throws Exception {
    try (FSDirectory d = FSDirectory.open(index);
        IndexWriter w = new IndexWriter(d, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      w.setLiveCommitData(Map.of("format", format).entrySet());
      w.commit();
    }
  }

  @Test
  void olderFormatIsRefusedOnOpenAndRebuiltOnUpdate() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("refs"));
    Files.writeString(corpus.resolve("t.txt"), "Ann Lee:\nWe will build the bridge next year.\n");
    Path index = dir.resolve("idx");
    IndexBuilder.update(List.of(corpus), index, ProgressListener.NONE);
    stampFormat(index, "0");

    assertThatThrownBy(() -> LucenePassageIndex.open(index))
        .isInstanceOf(IndexException.class)
        .hasMessageContaining("built by another version of quotecheck")
        .hasMessageContaining("rebuild it with");

    IndexStats again = IndexBuilder.update(List.of(corpus), index, ProgressListener.NONE);
    assertThat(again.unchanged()).isZero();
    assertThat(again.added()).isEqualTo(1);
    try (LucenePassageIndex opened = LucenePassageIndex.open(index)) {
      assertThat(opened.candidates("We will build the bridge next year", null, 5)).isNotEmpty();
    }
  }
}
