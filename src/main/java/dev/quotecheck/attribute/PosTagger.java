package dev.quotecheck.attribute;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP's tokenizer and part-of-speech tagger (English UD models from the classpath) applied to
 * short windows of reporter text only: tagging everything would cost more than the whole
 * pipeline's budget. The models load once per process, on first use; a tagger instance is not
 * thread-safe, so each document gets its own.
 */
final class PosTagger {
  static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

  /** Class-holder idiom: the JVM loads the models once, lazily and thread-safely. */
  private static final class Models {
    static final TokenizerModel TOKENS = load(TOKEN_MODEL, TokenizerModel::new);
    static final POSModel POS = load(POS_MODEL, POSModel::new);
  }

  private interface Loader<T> {
    T read(InputStream in) throws IOException;
  }

  private final TokenizerME tokenizer = new TokenizerME(Models.TOKENS);
  private final POSTaggerME tagger = new POSTaggerME(Models.POS);
  private long taggedChars;

  /** Tagged tokens of {@code text[from, to)}, with reading-text offsets. */
  List<Token> tag(String text, int from, int to) {
    String window = text.substring(from, to);
    Span[] spans = tokenizer.tokenizePos(window);
    String[] words = new String[spans.length];
    for (int i = 0; i < spans.length; i++) {
      words[i] = spans[i].getCoveredText(window).toString();
    }
    String[] tags = tagger.tag(words);
    taggedChars += window.length();
    List<Token> out = new ArrayList<>(spans.length);
    for (int i = 0; i < spans.length; i++) {
      out.add(new Token(from + spans[i].getStart(), from + spans[i].getEnd(), words[i], tags[i]));
    }
    return out;
  }

  /** Characters tagged so far by this instance (for benchmarks). */
  long taggedChars() {
    return taggedChars;
  }

  private static <T> T load(String resource, Loader<T> loader) {
    try (InputStream in = PosTagger.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " missing from the classpath");
      }
      return loader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }
}
