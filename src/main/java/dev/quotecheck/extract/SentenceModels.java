package dev.quotecheck.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * OpenNLP's English sentence model, read from the classpath on first use and then shared: the
 * holder-class idiom makes the load lazy, once per process and thread-safe. {@link SentenceModel}
 * is immutable; each caller makes its own (cheap, not thread-safe) detector from it.
 */
final class SentenceModels {

  static final String RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private SentenceModels() {}

  static SentenceModel english() {
    return Holder.MODEL;
  }

  private static final class Holder {
    static final SentenceModel MODEL = load();

    private static SentenceModel load() {
      try (InputStream in = SentenceModels.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("sentence model " + RESOURCE + " is not on the classpath");
        }
        return new SentenceModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read sentence model " + RESOURCE, e);
      }
    }
  }
}
