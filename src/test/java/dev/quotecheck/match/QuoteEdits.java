package dev.quotecheck.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The word-level edits the test set generator makes to a sentence (given as its space-separated
 * pieces): each returns the edited quotation, or null when the sentence does not lend itself.
 * Words are graded with the matcher's own {@link Lexicon}, so an edit meant to be "major" never
 * touches a negation, number or quantity.
 */
final class QuoteEdits {

  private static final List<String> INSERTS = List.of(
      "totally", "secretly", "deliberately", "terrible", "massive", "illegal", "radical", "dangerous",
      "corrupt", "foreign", "quickly", "personally", "huge", "failed");
  private static final List<String> BRACKETS = List.of("[the president]", "[Biden]", "[the country]", "[Democrats]", "[the virus]", "[the plan]");
  private static final List<String> PRONOUNS = List.of("he", "she", "they", "it", "him", "them", "this");
  private static final List<String> AUXILIARIES = List.of("is", "are", "was", "were", "will", "would", "can", "could", "should", "do", "does", "did", "have", "has", "had");
  private static final List<String> NUMBER_WORDS = List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty", "fifty", "hundred");

  private final Random random;
  private final List<String> contentWords;

  QuoteEdits(Random random, List<String> contentWords) {
    this.random = random;
    this.contentWords = List.copyOf(contentWords);
  }

  String brackets(List<String> w) {
    for (int i = 1; i < w.size() - 1; i++) {
      if (PRONOUNS.contains(w.get(i).toLowerCase(Locale.ROOT))) {
        List<String> out = new ArrayList<>(w);
        out.set(i, BRACKETS.get(random.nextInt(BRACKETS.size())));
        return join(out);
      }
    }
    // a mid-sentence start with its capital changed in brackets: "[t]hat is why"
    int from = 2 + random.nextInt(Math.max(1, w.size() - 8));
    String first = w.get(from);
    if (from + 5 > w.size() || !Character.isLowerCase(first.charAt(0))) {
      return null;
    }
    return "[" + Character.toUpperCase(first.charAt(0)) + "]" + first.substring(1) + " " + join(w.subList(from + 1, w.size()));
  }

  String partial(List<String> w) {
    if (w.size() < 10) {
      return null;
    }
    int len = 5 + random.nextInt(Math.min(8, w.size() - 5));
    int from = 1 + random.nextInt(w.size() - len);
    return stripPunct(join(w.subList(from, Math.min(w.size(), from + len))));
  }

  String casePunctuation(String text) {
    String t = text.replace(",", "").replace("'", "’").replace(" - ", " — ");
    t = random.nextBoolean() ? Character.toLowerCase(t.charAt(0)) + t.substring(1) : t.toUpperCase(Locale.ROOT);
    return t.endsWith(".") ? t.substring(0, t.length() - 1) + "!" : t;
  }

  String substitute(List<String> w) {
    List<Integer> spots = positions(w, 1, w.size(), this::isContent);
    if (spots.isEmpty()) {
      return null;
    }
    int i = spots.get(random.nextInt(spots.size()));
    String old = core(w.get(i));
    String repl = contentWords.get(random.nextInt(contentWords.size()));
    if (repl.startsWith(old.substring(0, Math.min(4, old.length()))) || old.startsWith(repl.substring(0, 4))) {
      return null;
    }
    List<String> out = new ArrayList<>(w);
    out.set(i, w.get(i).replace(old, repl));
    return join(out);
  }

  String delete(List<String> w) {
    int k = 1 + random.nextInt(3);
    if (w.size() < k + 6) {
      return null;
    }
    int from = 2 + random.nextInt(w.size() - k - 4);
    List<String> gone = w.subList(from, from + k);
    boolean content = gone.stream().anyMatch(x -> isContent(core(x)));
    boolean meaning = gone.stream().anyMatch(x -> isCriticalWord(core(x)) || x.matches(".*[.?!;:]$"));
    if (!content || meaning) {
      return null;
    }
    List<String> out = new ArrayList<>(w.subList(0, from));
    out.addAll(w.subList(from + k, w.size()));
    return join(out);
  }

  String insert(List<String> w) {
    int at = 2 + random.nextInt(w.size() - 4);
    List<String> out = new ArrayList<>(w);
    out.add(at, INSERTS.get(random.nextInt(INSERTS.size())));
    if (random.nextBoolean()) {
      out.add(at, INSERTS.get(random.nextInt(INSERTS.size())));
    }
    return join(out);
  }

  String negation(List<String> w) {
    for (int i = 1; i < w.size() - 1; i++) {
      String c = core(w.get(i)).toLowerCase(Locale.ROOT);
      List<String> out = new ArrayList<>(w);
      if (c.equals("not") || c.equals("never")) {
        out.remove(i);
        return join(out);
      }
      if (c.endsWith("n't") && !c.equals("can't") && !c.equals("won't") && !c.equals("ain't")) {
        out.set(i, w.get(i).replace("n't", ""));
        return join(out);
      }
    }
    for (int i = 1; i < w.size() - 2; i++) {
      if (AUXILIARIES.contains(w.get(i).toLowerCase(Locale.ROOT))) {
        List<String> out = new ArrayList<>(w);
        out.add(i + 1, "not");
        return join(out);
      }
    }
    return null;
  }

  String number(List<String> w) {
    for (int i = 0; i < w.size(); i++) {
      String c = core(w.get(i));
      List<String> out = new ArrayList<>(w);
      if (c.matches("\\d+")) {
        long v = Long.parseLong(c);
        out.set(i, w.get(i).replace(c, Long.toString(v + 1 + random.nextInt(9))));
        return join(out);
      }
      if (NUMBER_WORDS.contains(c.toLowerCase(Locale.ROOT))) {
        String other = NUMBER_WORDS.get(random.nextInt(NUMBER_WORDS.size()));
        if (other.equalsIgnoreCase(c)) {
          return null;
        }
        out.set(i, w.get(i).replace(c, other));
        return join(out);
      }
    }
    return null;
  }

  private List<Integer> positions(List<String> w, int from, int to, java.util.function.Predicate<String> p) {
    List<Integer> out = new ArrayList<>();
    for (int i = from; i < to; i++) {
      String c = core(w.get(i));
      if (c.length() >= 4 && p.test(c) && !isCriticalWord(c) && c.chars().allMatch(Character::isLetter)) {
        out.add(i);
      }
    }
    return out;
  }

  boolean isContent(String core) {
    return isContentWord(core);
  }

  /** Not a function word, negation, number, quantity or contraction. */
  static boolean isContentWord(String core) {
    String k = core.toLowerCase(Locale.ROOT);
    Lexicon lexicon = Lexicon.standard();
    return !k.isEmpty() && !lexicon.isFunctionWord(k) && !isCriticalWord(k) && lexicon.expand(k) == null;
  }

  private static boolean isCriticalWord(String core) {
    String k = core.toLowerCase(Locale.ROOT);
    if (k.contains("-")) {
      return java.util.Arrays.stream(k.split("-")).anyMatch(QuoteEdits::isCriticalWord);
    }
    Lexicon lexicon = Lexicon.standard();
    return lexicon.isNegation(k) || lexicon.isQuantity(k) || lexicon.numberWord(k) != null || k.matches(".*\\d.*") || k.endsWith("n't");
  }

  static String core(String piece) {
    return piece.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
  }

  private static String stripPunct(String s) {
    return s.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
  }

  static String join(List<String> w) {
    return String.join(" ", w);
  }
}
