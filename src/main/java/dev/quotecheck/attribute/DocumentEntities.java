package dev.quotecheck.attribute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Within-document coreference for names and roles: {@code Gantz} and {@code the defense minister}
 * become {@code Benny Gantz} when the document says {@code Defense Minister Benny Gantz}
 * somewhere, nearest mention first. Also gathers gender evidence for pronouns: titles, and the
 * pronouns the document itself uses after a name. Built lazily from one scan of capitalised runs.
 */
final class DocumentEntities {
  private static final Pattern RUN = Pattern.compile(
      "(?:\\b[a-z]+\\s+)?\\p{Lu}[\\p{L}’'.-]*(?:\\s+(?:(?:of|for|the)\\s+)?\\p{Lu}[\\p{L}’'.-]*)*");
  private static final Set<String> LEADING = Set.of("the", "a", "an", "in", "on", "at", "but", "and",
      "as", "when", "while", "if", "after", "before", "by", "for", "from", "with", "to", "of", "said",
      "says", "told", "according");
  private static final Set<String> MALE_ROLES = Set.of("mr", "mr.", "congressman", "spokesman",
      "chairman", "king", "prince", "sir", "lord", "father", "councilman");
  private static final Set<String> FEMALE_ROLES = Set.of("mrs", "mrs.", "ms", "ms.", "miss",
      "congresswoman", "spokeswoman", "chairwoman", "queen", "princess", "lady", "dame",
      "councilwoman", "first lady");
  private static final Pattern TRAILING = Pattern.compile("(?:\\.|['’]s?)$");
  /**
   * Where a run of capitalised words crosses a sentence or phrase end: a dot after a word of two
   * or more letters ("FULL TEXT. Hillary Clinton"), closing marks ("America.'' Mr. Obama",
   * "Waterboarding' Donald Trump") or a possessive ending ("Fox News’ Sean Hannity", "The Gazette’s Tove Hals").
   */
  private static final Pattern WORD_END = Pattern.compile("(?<=\\p{L}{2})\\.['’\"”]*(?=\\s)|(?<=\\p{L})(?:['’]s|['’\"”]+)(?=\\s)");
  private static final Pattern HE = Pattern.compile("\\b(?:he|him|his|He|His)\\b");
  private static final Pattern SHE = Pattern.compile("\\b(?:she|her|hers|She|Her)\\b");
  private static final int EVIDENCE_REACH = 6_000;

  /** One full-name sighting. */
  private record Sighting(int offset, String name, String role) {}

  private final String text;
  private final SpeakerNames names;
  private Map<String, List<Sighting>> bySurname;
  private Map<String, List<Sighting>> byFirstName;
  private Map<String, List<Sighting>> byRole;
  private final Map<String, Gender> genders = new HashMap<>();
  private Set<String> lowerWords;
  private Set<String> midCapitalised;

  DocumentEntities(String text, SpeakerNames names) {
    this.text = text;
    this.names = names;
  }

  /** The fullest name the document gives the person a name mention denotes. */
  String canonicalName(Mention m) {
    String name = m.name();
    String[] words = name.split(" ");
    if (words.length != 1) {
      return name;
    }
    scan();
    String key = words[0].toLowerCase(Locale.ROOT);
    Sighting s = nearest(bySurname.get(key), m.span().start());
    if (s == null) {
      s = nearest(byFirstName.get(key), m.span().start());
    }
    return s == null ? name : s.name();
  }

  /** The person a role description denotes ({@code the defense minister}), or null. */
  String byRole(Mention m) {
    scan();
    String role = stripArticle(m.text()).toLowerCase(Locale.ROOT);
    Sighting s = nearest(byRole.get(role), m.span().start());
    return s == null ? null : s.name();
  }

  /** What the document says about the gender of a speaker, looking back from {@code at}. */
  Gender gender(String canonical, String roleHint, int at) {
    Gender fromRole = roleGender(roleHint);
    if (fromRole != Gender.UNKNOWN) {
      return fromRole;
    }
    String surname = names.surname(canonical);
    if (surname.isEmpty()) {
      return Gender.UNKNOWN;
    }
    return genders.computeIfAbsent(surname, s -> evidence(s, at));
  }

  static String stripArticle(String phrase) {
    String p = phrase.strip();
    String lower = p.toLowerCase(Locale.ROOT);
    for (String a : new String[] {"the ", "a ", "an "}) {
      if (lower.startsWith(a)) {
        return p.substring(a.length()).strip();
      }
    }
    return p;
  }

  private Gender evidence(String surname, int at) {
    int from = Math.max(0, at - EVIDENCE_REACH);
    int to = Math.min(text.length(), at + EVIDENCE_REACH);
    // lower-cased char by char: String.toLowerCase may change the length ('İ' becomes two
    // chars) and shift every offset after it
    char[] window = new char[to - from];
    for (int i = 0; i < window.length; i++) {
      window[i] = Character.toLowerCase(text.charAt(from + i));
    }
    String lowerWindow = new String(window);
    int male = 0;
    int female = 0;
    for (int i = lowerWindow.indexOf(surname); i >= 0; i = lowerWindow.indexOf(surname, i + 1)) {
      int start = from + i;
      int end = sentenceEnd(start);
      String rest = text.substring(start, end);
      Gender role = roleGender(text.substring(Math.max(0, start - 20), start).toLowerCase(Locale.ROOT));
      male += count(HE, rest) + (role == Gender.MALE ? 2 : 0);
      female += count(SHE, rest) + (role == Gender.FEMALE ? 2 : 0);
    }
    if (male > female) {
      return Gender.MALE;
    }
    return female > male ? Gender.FEMALE : Gender.UNKNOWN;
  }

  /** A word before a name that is neither a title nor part of the name ("nominee", "The", "In"). */
  private boolean leading(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (MALE_ROLES.contains(lower) || FEMALE_ROLES.contains(lower)) {
      return false;
    }
    return LEADING.contains(lower) || Character.isLowerCase(word.charAt(0)) && !names.isTitle(word);
  }

  private static Gender roleGender(String role) {
    if (role == null || role.isEmpty()) {
      return Gender.UNKNOWN;
    }
    for (String w : role.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
      if (MALE_ROLES.contains(w)) {
        return Gender.MALE;
      }
      if (FEMALE_ROLES.contains(w)) {
        return Gender.FEMALE;
      }
    }
    return Gender.UNKNOWN;
  }

  private int sentenceEnd(int from) {
    int limit = Math.min(text.length(), from + 200);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || ((c == '.' || c == '?' || c == '!') && i + 1 < limit && text.charAt(i + 1) == ' '
          && i - from > 3 && Character.isLowerCase(text.charAt(i - 1)))) {
        return i;
      }
    }
    return limit;
  }

  private static int count(Pattern p, String s) {
    Matcher m = p.matcher(s);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static Sighting nearest(List<Sighting> list, int at) {
    if (list == null || list.isEmpty()) {
      return null;
    }
    // Sightings are in text order: the last one at or before {@code at}, else the first after it.
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).offset() <= at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo > 0 ? list.get(lo - 1) : list.get(0);
  }

  /**
   * A capitalised word opening a sentence that the document writes in lower case and never
   * capitalises inside a sentence ("See", "So", "Then"): no part of a name ("Bill Clinton" is
   * capitalised inside sentences too; a title such as "Defense Minister" stays).
   */
  private boolean sentenceOpener(int at, String word) {
    if (lowerWords == null) {
      lowerWords = new HashSet<>();
      midCapitalised = new HashSet<>();
      for (int i = 0; i < text.length(); ) {
        if (!Character.isLetter(text.charAt(i))) {
          i++;
          continue;
        }
        int end = i;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
          end++;
        }
        String w = text.substring(i, end);
        if (Character.isLowerCase(w.charAt(0))) {
          lowerWords.add(w);
        } else if (!opensSentence(i)) {
          midCapitalised.add(w.toLowerCase(Locale.ROOT));
        }
        i = end;
      }
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return opensSentence(at) && lowerWords.contains(lower) && !midCapitalised.contains(lower) && !names.isTitle(word);
  }

  private boolean opensSentence(int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || "\"“‘'(".indexOf(text.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?\n:”".indexOf(text.charAt(i)) >= 0;
  }

  private void scan() {
    if (bySurname != null) {
      return;
    }
    bySurname = new HashMap<>();
    byFirstName = new HashMap<>();
    byRole = new HashMap<>();
    Matcher m = RUN.matcher(text);
    while (m.find()) {
      // A word ending in a dot that is no abbreviation ends a sentence: "... Action. Gantz".
      int start = m.start();
      Matcher w = WORD_END.matcher(m.group());
      while (w.find()) {
        if (abbreviation(m.group(), w.start())) {
          continue; // "Mr. Obama", "Sen. Ted Cruz"
        }
        register(start, text.substring(start, m.start() + w.end()));
        start = m.start() + w.end();
      }
      register(start, text.substring(start, m.end()));
    }
  }

  /** The word ending at {@code end} of {@code run} keeps its dot: a short title, or "Mr", "Jr", "St". */
  private boolean abbreviation(String run, int end) {
    if (run.charAt(end) != '.') {
      return false;
    }
    int start = end;
    while (start > 0 && Character.isLetter(run.charAt(start - 1))) {
      start--;
    }
    String word = run.substring(start, end);
    // a short title ("Sen.", "Gov."), not a sentence ending in a longer one ("the Islamic State. Clinton")
    return word.length() <= 4 && names.isTitle(word) || word.length() == 2 && Character.isLowerCase(word.charAt(1));
  }

  private void register(int offset, String run) {
    if (run.isBlank() || run.strip().indexOf(' ') < 0) {
      return; // one word: no full name
    }
    String phrase = TRAILING.matcher(run.strip()).replaceAll("").strip();
    List<String> words = new ArrayList<>(List.of(phrase.split("\\s+")));
    while (!words.isEmpty() && leading(words.get(0))) {
      words.remove(0);
    }
    if (words.size() >= 2 && phrase.startsWith(words.get(0)) && sentenceOpener(offset + run.indexOf(words.get(0)), words.get(0))) {
      words.remove(0); // "See Sexton", "So Labor Secretary Thomas Perez", "Then Brafman"
      while (!words.isEmpty() && leading(words.get(0))) {
        words.remove(0); // "One of Trump's advisers"
      }
    }
    if (words.size() < 2) {
      return;
    }
    String full = String.join(" ", words);
    String name = names.canonical(full);
    String[] nameWords = name.split(" ");
    if (nameWords.length < 2 || name.equals(full) && names.isTitle(nameWords[0])) {
      return;
    }
    String role = full.substring(0, full.length() - name.length()).strip().toLowerCase(Locale.ROOT);
    Sighting s = new Sighting(offset, name, role);
    String surname = nameWords[nameWords.length - 1].toLowerCase(Locale.ROOT);
    bySurname.computeIfAbsent(surname, k -> new ArrayList<>()).add(s);
    byFirstName.computeIfAbsent(nameWords[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(s);
    if (!role.isEmpty()) {
      String bare = role.replaceFirst("^(former|then|current|acting|us|u\\.s\\.)\\s+", "");
      byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(s);
      byRole.computeIfAbsent(bare, k -> new ArrayList<>()).add(s);
    }
  }
}
