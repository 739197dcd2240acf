package dev.quotecheck.attribute;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Canonical speaker names: titles and roles dropped ({@code Defense Minister Benny Gantz} becomes
 * {@code Benny Gantz}), and a comparison that treats {@code President Donald J. Trump},
 * {@code Donald Trump} and {@code Trump} as one person. The title list is data
 * ({@code titles.txt}).
 */
public final class SpeakerNames {

  private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
  private static final Pattern PUNCTUATION = Pattern.compile("[,;:\"“”]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Set<String> ARTICLES = Set.of("the", "a", "an");
  private static final Set<String> CONNECTORS = Set.of("of", "for", "the");
  private static final SpeakerNames DEFAULT = new SpeakerNames(loadTitles());

  private final Set<String> titles;
  private final int longestTitle;

  public SpeakerNames(Set<String> titles) {
    this.titles = Set.copyOf(titles);
    this.longestTitle = titles.stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
  }

  /** The instance backed by the bundled title list. */
  public static SpeakerNames standard() {
    return DEFAULT;
  }

  /** The name without leading titles, roles, possessives and punctuation; the input if nothing is left. */
  public String canonical(String mention) {
    List<String> words = words(mention);
    if (!words.isEmpty() && ARTICLES.contains(key(words.get(0))) && words.size() > 1) {
      words = words.subList(1, words.size());
    }
    int start = 0;
    while (start < words.size()) {
      int n = titleLength(words, start);
      if (n == 0 && start > 0 && start + 1 < words.size() && CONNECTORS.contains(key(words.get(start)))) {
        n = 1; // "Secretary of State": a connector between titles belongs to the role
      }
      if (n == 0) {
        break;
      }
      start += n;
    }
    if (start >= words.size()) {
      // Only titles ("President", "White House"): the phrase is the name.
      return words.isEmpty() ? mention.strip() : String.join(" ", words);
    }
    return String.join(" ", words.subList(start, words.size()));
  }

  /** Whether a word (or phrase) is a title or role. */
  public boolean isTitle(String phrase) {
    return titles.contains(key(phrase));
  }

  /**
   * Whether two names can denote the same person: same surname, and first names equal or one of
   * them absent; middle initials and titles are ignored.
   */
  public boolean sameSpeaker(String a, String b) {
    if (a == null || b == null) {
      return false;
    }
    List<String> x = nameWords(canonical(a));
    List<String> y = nameWords(canonical(b));
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (!x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
      return false;
    }
    if (x.size() == 1 || y.size() == 1) {
      return true;
    }
    return x.get(0).equals(y.get(0));
  }

  /** The last name word, lower case, or "" for an empty name. */
  public String surname(String name) {
    List<String> w = nameWords(canonical(name));
    return w.isEmpty() ? "" : w.get(w.size() - 1);
  }

  private int titleLength(List<String> words, int from) {
    for (int n = Math.min(longestTitle, words.size() - from); n >= 1; n--) {
      if (titles.contains(key(String.join(" ", words.subList(from, from + n))))) {
        return n;
      }
    }
    return 0;
  }

  /** Lower-case name words without initials ("J.") and suffixes ("Jr."). */
  private static List<String> nameWords(String name) {
    List<String> out = new ArrayList<>();
    for (String w : words(name)) {
      String k = key(w);
      if (k.isEmpty() || k.length() == 1 || k.equals("jr") || k.equals("sr") || k.matches("i{1,3}|iv")) {
        continue;
      }
      out.add(k);
    }
    return out;
  }

  private static List<String> words(String s) {
    String cleaned = PUNCTUATION.matcher(POSSESSIVE.matcher(s.strip()).replaceAll("")).replaceAll(" ");
    List<String> out = new ArrayList<>(Arrays.asList(SPACES.split(cleaned)));
    out.removeIf(String::isEmpty);
    return out;
  }

  private static String key(String s) {
    String k = s.toLowerCase(Locale.ROOT).strip();
    while (k.endsWith(".")) {
      k = k.substring(0, k.length() - 1);
    }
    return k;
  }

  private static Set<String> loadTitles() {
    Set<String> out = new HashSet<>();
    try (InputStream in = SpeakerNames.class.getResourceAsStream("titles.txt")) {
      if (in == null) {
        throw new IllegalStateException("titles.txt missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(key(t));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
