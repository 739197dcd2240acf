package dev.quotecheck.match;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists matching depends on, read from data files next to this class: negations,
 * quantity words, function words, number words and contractions. Immutable.
 */
public final class Lexicon {

  private static final Lexicon STANDARD = load();

  private final Set<String> negations;
  private final Set<String> quantities;
  private final Set<String> functionWords;
  private final Map<String, Long> numberWords;
  private final Set<String> scaleWords;
  private final Map<String, List<String>> contractions;
  private final Map<String, List<String>> suffixContractions;

  private Lexicon(
      Set<String> negations,
      Set<String> quantities,
      Set<String> functionWords,
      Map<String, Long> numberWords,
      Set<String> scaleWords,
      Map<String, List<String>> contractions,
      Map<String, List<String>> suffixContractions) {
    this.negations = Set.copyOf(negations);
    this.quantities = Set.copyOf(quantities);
    this.functionWords = Set.copyOf(functionWords);
    this.numberWords = Map.copyOf(numberWords);
    this.scaleWords = Set.copyOf(scaleWords);
    this.contractions = Map.copyOf(contractions);
    this.suffixContractions = Map.copyOf(suffixContractions);
  }

  /** The lists bundled with quotecheck. */
  public static Lexicon standard() {
    return STANDARD;
  }

  public boolean isNegation(String norm) {
    return negations.contains(norm);
  }

  public boolean isQuantity(String norm) {
    return quantities.contains(norm);
  }

  public boolean isFunctionWord(String norm) {
    return functionWords.contains(norm);
  }

  /** The value of a number word ({@code three} = 3, {@code million} = 1000000), or null. */
  public Long numberWord(String norm) {
    return numberWords.get(norm);
  }

  /** Whether a number word multiplies what precedes it ({@code hundred}, {@code million}). */
  public boolean isScale(String norm) {
    return scaleWords.contains(norm);
  }

  /**
   * The words a contraction stands for ({@code won't} = will, not; {@code we're} = we, are), or
   * null when the word is no contraction. The word must be lower case with straight apostrophes.
   */
  public List<String> expand(String word) {
    List<String> whole = contractions.get(word);
    if (whole != null || word.indexOf('\'') < 0) {
      return whole; // every suffix form has an apostrophe
    }
    for (Map.Entry<String, List<String>> e : suffixContractions.entrySet()) {
      String suffix = e.getKey();
      if (word.length() > suffix.length() && word.endsWith(suffix)) {
        List<String> out = new ArrayList<>();
        out.add(word.substring(0, word.length() - suffix.length()));
        out.addAll(e.getValue());
        return List.copyOf(out);
      }
    }
    return null;
  }

  private static Lexicon load() {
    Map<String, Long> numbers = new HashMap<>();
    Set<String> scales = new HashSet<>();
    for (String line : lines("number-words.txt")) {
      String[] kv = line.split("\\s+");
      boolean scale = kv[1].startsWith("*");
      numbers.put(kv[0], Long.parseLong(scale ? kv[1].substring(1) : kv[1]));
      if (scale) {
        scales.add(kv[0]);
      }
    }
    Map<String, List<String>> whole = new HashMap<>();
    Map<String, List<String>> suffixes = new HashMap<>();
    for (String line : lines("contractions.txt")) {
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new IllegalStateException("contractions.txt: no '=' in: " + line);
      }
      String form = line.substring(0, eq).strip();
      List<String> expansion = List.of(line.substring(eq + 1).strip().split("\\s+"));
      if (form.startsWith("*")) {
        suffixes.put(form.substring(1), expansion);
      } else {
        whole.put(form, expansion);
      }
    }
    return new Lexicon(
        new HashSet<>(lines("negations.txt")),
        new HashSet<>(lines("quantities.txt")),
        new HashSet<>(lines("function-words.txt")),
        numbers,
        scales,
        whole,
        suffixes);
  }

  /** Non-blank, non-comment lines of a bundled data file, lower case. */
  private static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(t.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
