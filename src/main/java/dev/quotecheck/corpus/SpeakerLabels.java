package dev.quotecheck.corpus;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.WordUtils;

/** Turns a transcript's speaker label into a speaker name: null for unknown voices, caps softened. */
final class SpeakerLabels {
  private static final Set<String> UNKNOWN = Set.of(
      "new speaker", "unknown", "unknown speaker", "unidentified", "unidentified speaker",
      "unidentified male", "unidentified female", "unidentified man", "unidentified woman", "speaker",
      "crosstalk", "audience", "crowd", "multiple speakers", "voice", "voices", "narrator");
  private static final Set<String> PARTICLES = Set.of("de", "da", "del", "der", "van", "von", "la", "le", "di",
      "bin", "al", "el", "du", "dos", "das", "of", "the", "and", "y");
  private static final Pattern NAME_WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}.'’\\-]*|[A-Z]\\.");
  /** Compiled once: a corpus of a gigabyte has millions of labels and candidate lines. */
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,2}");

  private SpeakerLabels() {}

  /** The speaker for a label, or null when the label names nobody in particular. */
  static String speaker(String label) {
    String s = SPACES.matcher(label.strip()).replaceAll(" ");
    int comma = s.indexOf(',');
    if (comma > 0) {
      s = s.substring(0, comma).strip(); // "JAKE TAPPER, CNN ANCHOR"
    }
    if (s.isEmpty() || UNKNOWN.contains(s.toLowerCase(Locale.ROOT))) {
      return null;
    }
    if (s.equals(s.toUpperCase(Locale.ROOT)) && s.chars().anyMatch(Character::isLetter)) {
      s = WordUtils.capitalizeFully(s, ' ', '-', '\'');
    }
    return s;
  }

  /** Whether a label looks like a name: 1–6 words, capitalised apart from particles. */
  static boolean looksLikeName(String label) {
    String[] words = SPACES.split(label.strip());
    if (words.length == 0 || words.length > 6 || words[0].isEmpty()) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (!NAME_WORD.matcher(w).matches() && !SMALL_NUMBER.matcher(w).matches()) {
        return false;
      }
      boolean capital = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
      if (!capital && (i == 0 || !PARTICLES.contains(w.toLowerCase(Locale.ROOT)))) {
        return false;
      }
    }
    return true;
  }
}
