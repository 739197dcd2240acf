package dev.quotecheck.attribute;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP's tokenizer and part-of-speech tagger (English UD models from the classpath) applied to
 * short windows of reporter text only: tagging everything would cost more than the whole
 * pipeline's budget. Two measured shortcuts keep it cheap: plain alphanumeric words skip the
 * tokenizer model (they are one token whatever it says), and the tagger decodes greedily instead
 * of with the model's beam of 3 (identical tags on 121k PolNeAR tokens, 2.8 times faster).
 * The models load once per process, on first use; a tagger instance is not thread-safe, so each
 * document gets its own.
 */
final class PosTagger {
  static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  private static final String POS_ENTRY = "pos.model";

  /** Class-holder idiom: the JVM loads the models once, lazily and thread-safely. */
  private static final class Models {
    static final TokenizerModel TOKENS = loadTokens();
    static final POSModel POS = loadGreedyPos();
  }

  private final TokenizerME tokenizer = new TokenizerME(Models.TOKENS);
  private final POSTaggerME tagger = new POSTaggerME(Models.POS);
  private long taggedChars;

  /** Tagged tokens of {@code text[from, to)}, with reading-text offsets. */
  List<Token> tag(String text, int from, int to) {
    List<int[]> spans = tokenize(text, from, to);
    String[] words = new String[spans.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = text.substring(spans.get(i)[0], spans.get(i)[1]);
    }
    String[] plain = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      plain[i] = straightApostrophes(words[i]);
    }
    String[] tags = tagger.tag(plain);
    for (int i = 0; i < tags.length; i++) {
      if ((tags[i].equals("PUNCT") || tags[i].equals("SYM")) && Character.isLetter(words[i].charAt(words[i].length() - 1))
          && Character.isLetterOrDigit(words[i].charAt(0))) {
        tags[i] = "NOUN"; // "front-runner/PUNCT": a word is never punctuation
      } else if (tags[i].equals("PRON") && !PRONOUNS.contains(plain[i].toLowerCase(java.util.Locale.ROOT))) {
        tags[i] = "NOUN"; // "said county/PRON engineer": pronouns are a closed class
      }
    }
    taggedChars += to - from;
    List<Token> out = new ArrayList<>(words.length);
    for (int i = 0; i < words.length; i++) {
      int start = spans.get(i)[0];
      int apostrophe = Math.max(words[i].lastIndexOf('\''), words[i].lastIndexOf('’'));
      int plus = tags[i].indexOf('+');
      if (plus > 0 && apostrophe > 0) {
        // "opposition’s" tagged NOUN+PART: the word and its clitic as two tokens
        out.add(new Token(start, start + apostrophe, words[i].substring(0, apostrophe), tags[i].substring(0, plus)));
        out.add(new Token(start + apostrophe, spans.get(i)[1], words[i].substring(apostrophe), tags[i].substring(plus + 1)));
      } else {
        out.add(new Token(start, spans.get(i)[1], words[i], plus > 0 ? tags[i].substring(0, plus) : tags[i]));
      }
    }
    return out;
  }

  /** Characters tagged so far by this instance (for benchmarks). */
  long taggedChars() {
    return taggedChars;
  }

  /** White-space chunks; those with punctuation go through the tokenizer model. */
  private List<int[]> tokenize(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      while (i < to && isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      boolean plain = true;
      while (i < to && !isSpace(text.charAt(i))) {
        plain &= Character.isLetterOrDigit(text.charAt(i));
        i++;
      }
      if (start == i) {
        break;
      }
      if (plain) {
        out.add(new int[] {start, i});
        continue;
      }
      // The model splits "38-year-old" into four pieces and knows only straight apostrophes:
      // a hyphenated compound stays one word, and ’ is read as ' (same length, same offsets).
      String chunk = straightApostrophes(text.substring(start, i));
      int compound = compoundEnd(chunk);
      if (compound > 0) {
        out.add(new int[] {start, start + compound});
      }
      if (compound < chunk.length()) {
        for (Span s : tokenizer.tokenizePos(chunk.substring(compound))) {
          int a = start + compound + s.getStart();
          int b = start + compound + s.getEnd();
          if (cliticS(chunk, a - start, b - start)) {
            // the model leaves one possessive in seven joined ("Trump's", "Reagan’s"); UD splits it
            out.add(new int[] {a, b - 2});
            out.add(new int[] {b - 2, b});
          } else {
            out.add(new int[] {a, b});
          }
        }
      }
    }
    return out;
  }

  private static final java.util.Set<String> PRONOUNS = java.util.Set.of("i", "you", "he", "she", "it", "we",
      "they", "me", "him", "her", "us", "them", "my", "your", "his", "its", "our", "their", "mine", "yours",
      "hers", "ours", "theirs", "myself", "yourself", "himself", "herself", "itself", "ourselves",
      "yourselves", "themselves", "this", "that", "these", "those", "who", "whom", "whose", "which", "what",
      "whoever", "whatever", "anyone", "anybody", "anything", "everyone", "everybody", "everything",
      "someone", "somebody", "something", "nobody", "nothing", "one", "ones", "some", "any",
      "each", "all", "both", "none", "many", "much", "few", "several", "other", "others", "another",
      "there", "'s", "'em", "y'all", "thou", "thee", "ya", "u");

  /** The token {@code chunk[a, b)} is a word of two or more letters with 's attached. */
  private static boolean cliticS(String chunk, int a, int b) {
    return b - a >= 4 && chunk.charAt(b - 1) == 's' && chunk.charAt(b - 2) == '\''
        && Character.isLetter(chunk.charAt(b - 3)) && Character.isLetter(chunk.charAt(b - 4));
  }

  /** ’ between letters ("opposition’s", "don’t") as the model's '; a closing ’ stays. */
  private static String straightApostrophes(String s) {
    char[] c = s.toCharArray();
    for (int i = 1; i + 1 < c.length; i++) {
      if (c[i] == '’' && Character.isLetter(c[i - 1]) && Character.isLetter(c[i + 1])) {
        c[i] = '\'';
      }
    }
    return new String(c);
  }

  /** The end of a hyphenated compound opening {@code chunk} ("38-year-old,"), or 0. */
  static int compoundEnd(String chunk) {
    int i = 0;
    int parts = 0;
    while (true) {
      int wordStart = i;
      while (i < chunk.length() && Character.isLetterOrDigit(chunk.charAt(i))) {
        i++;
      }
      if (i == wordStart) {
        return 0; // only the first part can be empty: a later one starts with the letter checked below
      }
      parts++;
      if (i + 1 < chunk.length() && chunk.charAt(i) == '-' && Character.isLetterOrDigit(chunk.charAt(i + 1))) {
        i++;
      } else {
        return parts > 1 ? i : 0;
      }
    }
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static byte[] resource(String name) {
    try (InputStream in = PosTagger.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + name + " missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + name, e);
    }
  }

  private static TokenizerModel loadTokens() {
    try {
      return new TokenizerModel(new ByteArrayInputStream(resource(TOKEN_MODEL)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + TOKEN_MODEL, e);
    }
  }

  /** The published POS model with the same maximum-entropy weights and a beam of 1. */
  private static POSModel loadGreedyPos() {
    byte[] bin = resource(POS_MODEL);
    try {
      POSModel published = new POSModel(new ByteArrayInputStream(bin));
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bin))) {
        for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
          if (e.getName().equals(POS_ENTRY)) {
            MaxentModel weights = (MaxentModel) new GenericModelReader(
                new BinaryFileDataReader(new ByteArrayInputStream(zip.readAllBytes()))).getModel();
            return new POSModel("en", weights, 1, null, published.getFactory());
          }
        }
      }
      return published;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + POS_MODEL, e);
    }
  }
}
