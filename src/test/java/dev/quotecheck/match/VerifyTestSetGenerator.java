package dev.quotecheck.match;

import dev.quotecheck.attribute.SpeakerNames;
import dev.quotecheck.corpus.Passage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Makes the verification test set from debate transcript passages, reproducibly (seeded): for each
 * category, quotations taken from debaters' sentences and changed in one known way, with the
 * verdict each must get.
 *
 * <ul>
 *   <li>faithful (verified): exact, ellipsis (words or a sentence left out), brackets (a pronoun
 *       replaced, a capital changed), partial (a fragment of 5-12 words), case and punctuation
 *   <li>altered, major: a content word substituted, 1-3 words deleted, 1-2 words inserted
 *   <li>altered, critical: a negation removed or added, a number changed, two sentences from
 *       different turns joined without an ellipsis
 *   <li>misattributed: an exact line credited to the other debater of that debate
 *   <li>unverified: sentences of our own that nobody in the transcripts said
 * </ul>
 *
 * Only sentences of 8-30 words, without quote marks, brackets or ellipses of their own, whose words
 * occur in no other speaker's turn are used, so the expected verdict is unambiguous. The transcripts themselves are read, never stored.
 */
final class VerifyTestSetGenerator {

  /** Per category, how many cases to make. */
  static final Map<String, Integer> COUNTS = counts();

  private static final List<String> DEBATERS = List.of("Trump", "Biden", "Harris", "Pence");
  private static final Map<String, String> OPPONENT = Map.of("Trump", "Biden", "Biden", "Trump", "Harris", "Pence", "Pence", "Harris");
  /** Our own sentences, written for this test set; nobody said them in the debates. */
  static final List<String> NOBODY_SAID = List.of(
      "The lighthouse keepers of Maine deserve a federal pension by next spring",
      "My grandmother grew tomatoes on a fire escape in Queens for forty years",
      "We are going to build a high-speed railway between Boise and Anchorage",
      "The tariff on Norwegian salmon was a mistake that cost our fishermen dearly",
      "I have personally visited every volcano observatory in the Pacific Northwest",
      "Our submarine fleet will be painted green to honor the national parks",
      "The chess club at my old high school taught me everything about negotiation",
      "We will open a consulate on the moon before the end of the decade",
      "Public libraries should lend bicycles, sewing machines and telescopes to every family",
      "The postal service delivered my ballot by canoe during the spring floods",
      "I was the first senator to ride a horse into the Capitol rotunda",
      "Our farmers grow the finest cranberries that any bog has ever produced",
      "The new lighthouse tax will fund opera houses in every county seat",
      "Every kindergarten classroom deserves an aquarium with tropical fish",
      "I negotiated the treaty with Iceland over a bowl of fish soup",
      "The border with Canada is guarded mostly by friendly moose and geese",
      "We will replace every parking meter with a solar powered bench",
      "My opponent once sold umbrellas in the desert and called it a business",
      "Astronauts from Ohio have always had the best sense of direction",
      "A ferry from Miami to Havana will run twice an hour under my plan",
      "The harvest festival in my hometown draws more tourists than Paris",
      "Our diplomats will learn to juggle before they are posted abroad",
      "The national anthem will be sung in harmony by a choir of firefighters",
      "I keep a jar of pickles on my desk to remind me of my roots",
      "Lumberjacks in Oregon taught me the value of a sharp axe and patience",
      "The bridge to the island will be built from recycled bottles and tires",
      "We are going to plant a billion maple trees along the interstate highways",
      "Every veteran will receive a canoe and a fishing license for life",
      "The weather satellites will be renamed after famous jazz musicians",
      "My first job was painting the stripes on a minor league baseball field",
      "The vaccine for the common cold will be mailed with every tax refund",
      "Our embassy in Lisbon will serve as a museum of American pie recipes");

  private final Random random;
  private final List<Sentence> sentences;
  private final QuoteEdits edits;

  /** A debater's sentence in a passage. */
  record Sentence(Passage passage, String speaker, String text, int index) {
    String origin() {
      return passage.path() + ":" + passage.line();
    }
  }

  VerifyTestSetGenerator(List<Passage> passages, long seed) {
    this.random = new Random(seed);
    this.sentences = eligible(passages);
    List<String> words = new ArrayList<>();
    for (Sentence s : sentences) {
      for (String w : s.text().split("\\s+")) {
        String core = QuoteEdits.core(w);
        if (core.length() >= 5 && QuoteEdits.isContentWord(core) && core.chars().allMatch(Character::isLowerCase)) {
          words.add(core);
        }
      }
    }
    this.edits = new QuoteEdits(random, words);
  }

  /** The whole set, in category order. */
  List<VerifyCase> generate() {
    List<VerifyCase> out = new ArrayList<>();
    for (Map.Entry<String, Integer> e : COUNTS.entrySet()) {
      out.addAll(make(e.getKey(), e.getValue()));
    }
    return out;
  }

  private List<VerifyCase> make(String category, int count) {
    List<VerifyCase> out = new ArrayList<>();
    if (category.equals("unverified")) {
      List<String> own = new ArrayList<>(NOBODY_SAID);
      Collections.shuffle(own, random);
      for (int i = 0; i < Math.min(count, own.size()); i++) {
        String speaker = DEBATERS.get(random.nextInt(DEBATERS.size()));
        out.add(new VerifyCase(category + "-" + i, category, own.get(i), speaker, Status.UNVERIFIED, Severity.NONE, ""));
      }
      return out;
    }
    List<Sentence> pool = new ArrayList<>(sentences);
    Collections.shuffle(pool, random);
    for (Sentence s : pool) {
      if (out.size() == count) {
        break;
      }
      String quote = transform(category, s);
      if (quote == null || quote.equals(s.text()) && !category.equals("faithful-exact") && !category.equals("misattributed")) {
        continue;
      }
      String speaker = category.equals("misattributed") ? OPPONENT.get(s.speaker()) : s.speaker();
      out.add(new VerifyCase(category + "-" + out.size(), category, quote, speaker, status(category), severity(category), s.origin()));
    }
    return out;
  }

  private String transform(String category, Sentence s) {
    List<String> w = List.of(s.text().split("\\s+"));
    return switch (category) {
      case "faithful-exact", "misattributed" -> s.text();
      case "faithful-ellipsis" -> ellipsis(s, w);
      case "faithful-brackets" -> edits.brackets(w);
      case "faithful-partial" -> edits.partial(w);
      case "faithful-case-punctuation" -> edits.casePunctuation(s.text());
      case "altered-substitute" -> edits.substitute(w);
      case "altered-delete" -> edits.delete(w);
      case "altered-insert" -> edits.insert(w);
      case "critical-negation" -> edits.negation(w);
      case "critical-number" -> edits.number(w);
      case "critical-splice" -> splice(s);
      default -> throw new IllegalArgumentException(category);
    };
  }

  private String ellipsis(Sentence s, List<String> w) {
    String mark = List.of("...", "…", ". . .").get(random.nextInt(3));
    Sentence later = find(x -> x.passage() == s.passage() && x.index() == s.index() + 2 ? x : null);
    if (later != null && random.nextBoolean()) {
      return s.text() + " " + mark + " " + later.text();
    }
    if (w.size() < 12) {
      return null;
    }
    int from = 3 + random.nextInt(w.size() - 9);
    int k = 2 + random.nextInt(4);
    return join(w.subList(0, from)) + " " + mark + " " + join(w.subList(from + k, w.size()));
  }









  private String splice(Sentence a) {
    if (a.text().split("\\s+").length > 15) {
      return null;
    }
    List<Sentence> others = new ArrayList<>();
    for (Sentence s : sentences) {
      int n = s.text().split("\\s+").length;
      if (s.speaker().equals(a.speaker()) && s.passage().path().equals(a.passage().path()) && s.passage() != a.passage() && n <= 15) {
        others.add(s);
      }
    }
    return others.isEmpty() ? null : a.text() + " " + others.get(random.nextInt(others.size())).text();
  }

  private Sentence find(Function<Sentence, Sentence> f) {
    for (Sentence s : sentences) {
      Sentence r = f.apply(s);
      if (r != null) {
        return r;
      }
    }
    return null;
  }




  /** Debaters' sentences of 8-30 words, free of quote marks and notes, that no other speaker says. */
  private List<Sentence> eligible(List<Passage> passages) {
    Map<String, String> saidBy = new HashMap<>();
    List<Sentence> all = new ArrayList<>();
    for (Passage p : passages) {
      String speaker = p.speaker() == null ? null : debater(p.speaker());
      String[] parts = p.text().split("(?<=[.?!])\\s+(?=[A-Z])");
      for (int i = 0; i < parts.length; i++) {
        String key = parts[i].toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "");
        String before = saidBy.putIfAbsent(key, String.valueOf(speaker));
        if (before != null && !before.equals(String.valueOf(speaker))) {
          saidBy.put(key, "*");
        }
        if (speaker != null) {
          all.add(new Sentence(p, speaker, parts[i], i));
        }
      }
    }
    List<Sentence> out = new ArrayList<>();
    for (Sentence s : all) {
      int n = s.text().split("\\s+").length;
      String key = s.text().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "");
      boolean clean = !s.text().matches(".*([\"“”\\[\\]…]|\\.\\.).*") && !"*".equals(saidBy.get(key));
      if (n >= 8 && n <= 30 && clean) {
        out.add(s);
      }
    }
    return out;
  }

  private static String debater(String speaker) {
    String surname = SpeakerNames.standard().surname(speaker);
    for (String d : DEBATERS) {
      if (d.toLowerCase(Locale.ROOT).equals(surname)) {
        return d;
      }
    }
    return null;
  }



  private static String join(List<String> w) {
    return QuoteEdits.join(w);
  }

  private static Status status(String category) {
    if (category.startsWith("faithful")) {
      return Status.VERIFIED;
    }
    return category.equals("misattributed") ? Status.MISATTRIBUTED : Status.ALTERED;
  }

  private static Severity severity(String category) {
    if (category.startsWith("critical")) {
      return Severity.CRITICAL;
    }
    return category.startsWith("altered") ? Severity.MAJOR : Severity.NONE;
  }

  private static Map<String, Integer> counts() {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put("faithful-exact", 40);
    m.put("faithful-ellipsis", 30);
    m.put("faithful-brackets", 30);
    m.put("faithful-partial", 30);
    m.put("faithful-case-punctuation", 30);
    m.put("altered-substitute", 30);
    m.put("altered-delete", 25);
    m.put("altered-insert", 25);
    m.put("critical-negation", 30);
    m.put("critical-number", 25);
    m.put("critical-splice", 25);
    m.put("misattributed", 30);
    m.put("unverified", 30);
    return Collections.unmodifiableMap(m);
  }
}
