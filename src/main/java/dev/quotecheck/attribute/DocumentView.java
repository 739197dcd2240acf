package dev.quotecheck.attribute;

import dev.quotecheck.extract.Extraction;
import dev.quotecheck.extract.Quotation;
import dev.quotecheck.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One document as the resolver sees it: reading text, paragraphs, sentences and the quotations'
 * outer spans, with the reporter's words (everything outside quotation marks) tokenized on demand.
 * Part-of-speech tags are computed only for the short windows asked for, and cached.
 */
final class DocumentView {
  /** A token standing for a whole quotation inside reporter text. */
  static final String QUOTE_TAG = "QUOTE";

  private static final Pattern CREDIT = Pattern.compile("\\([^()\\n]{0,80}/[^()\\n]{0,80}\\)\\s*$");
  private static final Pattern PHOTO = Pattern.compile(
      "\\((?:left|right|center|centre|L|R|C)\\)|pic\\.twitter\\.com|^\\s*(?:Photo|Image|Caption)\\s*[:/]"
          + "|^\\s*[—–-]\\s*\\S.*\\(@\\w+\\)");

  private static final Set<String> OPEN_CLASS = Set.of("NOUN", "VERB", "ADJ", "ADV", "X", "INTJ");
  private static final int LOWER_CASE_REACH = 3000;
  private static final int TAG_CACHE = 512;
  /** Suffixes that continue a name the tagger may cut ("Vann R. Newkirk II/NUM"). */
  private static final Set<String> NAME_SUFFIXES = Set.of("II", "III", "IV", "Jr", "Jr.", "Sr", "Sr.");
  /** Closed-class words: the tagger's function-word tags are trusted only for these. */
  private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "this", "that", "these",
      "those", "in", "on", "at", "of", "for", "to", "from", "by", "with", "about", "after", "before",
      "since", "during", "under", "over", "into", "through", "against", "among", "between", "without",
      "and", "but", "or", "nor", "yet", "so", "if", "when", "while", "as", "because", "although",
      "though", "unless", "until", "whether", "he", "she", "it", "they", "we", "i", "you", "his", "her",
      "its", "their", "our", "my", "your", "him", "them", "us", "me", "who", "whom", "whose", "which",
      "what", "where", "why", "how", "there", "here", "some", "any", "all", "both", "each", "every",
      "no", "not", "many", "much", "more", "most", "few", "several", "such", "other", "another", "one",
      "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will",
      "would", "can", "could", "shall", "should", "may", "might", "must", "then", "also", "now", "still",
      "even", "just", "only", "than", "like", "per", "via", "upon", "yes", "once", "whenever", "whereas",
      "unlike", "despite", "amid", "across", "behind", "beyond", "within", "throughout", "toward", "towards",
      "besides", "except");

  private final String text;
  private final List<Span> paragraphs;
  private final List<Span> sentences;
  private final List<Span> quotes;
  /** Recently tagged windows; bounded so that a long document does not keep them all. */
  private final Map<Long, List<Token>> tagged = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, List<Token>> eldest) {
      return size() > TAG_CACHE;
    }
  };
  private final Map<Integer, Boolean> interruption = new HashMap<>();
  private final Supplier<PosTagger> taggers;
  private final SpeechCues cues;
  private final NameEvidence nameEvidence;
  private PosTagger tagger;

  DocumentView(String text, Extraction extraction, Supplier<PosTagger> taggers, SpeechCues cues,
      NameEvidence nameEvidence) {
    this.text = text;
    this.taggers = taggers;
    this.cues = cues;
    this.nameEvidence = nameEvidence;
    this.paragraphs = sorted(extraction.paragraphs().isEmpty()
        ? List.of(new Span(0, text.length())) : extraction.paragraphs());
    this.sentences = sorted(extraction.sentences().isEmpty() ? paragraphs : extraction.sentences());
    List<Span> outer = new ArrayList<>();
    for (Quotation q : extraction.quotes()) {
      outer.add(q.outer());
    }
    this.quotes = sorted(outer);
  }

  String text() {
    return text;
  }

  List<Span> paragraphs() {
    return paragraphs;
  }

  List<Span> sentences() {
    return sentences;
  }

  /** The paragraph holding {@code offset} (or the last one starting before it). */
  int paragraphIndex(int offset) {
    return indexAt(paragraphs, offset);
  }

  int sentenceIndex(int offset) {
    return indexAt(sentences, offset);
  }

  Span paragraph(int offset) {
    return paragraphs.get(paragraphIndex(offset));
  }

  /** Top-level quotations' outer spans, in order. */
  List<Span> quotes() {
    return quotes;
  }

  /** The last character of the quotation's own words ("…," → ','), or 0 when it has none. */
  char lastQuotedChar(Quotation q) {
    for (int i = q.content().end() - 1; i >= q.content().start(); i--) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return 0;
  }

  /** The first quotation starting at or after {@code offset}, or null. */
  Span quoteFrom(int offset) {
    // spans with one start sort longest first: the key sorts before any quotation starting at offset
    int i = Collections.binarySearch(quotes, new Span(offset, Integer.MAX_VALUE));
    i = i < 0 ? -i - 1 : i;
    while (i < quotes.size() && quotes.get(i).start() < offset) {
      i++;
    }
    return i < quotes.size() ? quotes.get(i) : null;
  }

  /**
   * The end of the {@code k}-th top-level quotation before {@code offset}, or 0: how far back a
   * cue is looked for, so a sentence stringing thousands of quotations together costs linear time.
   */
  int endOfQuoteBefore(int offset, int k) {
    int lo = 0;
    int hi = quotes.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (quotes.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - k >= 0 ? quotes.get(lo - k).end() : 0;
  }

  /** A caption, credit line or pasted embed: text that interrupts the story without a speaker. */
  boolean isInterruption(int paragraphIndex) {
    return interruption.computeIfAbsent(paragraphIndex, i -> {
      String p = paragraphs.get(i).of(text).strip();
      return CREDIT.matcher(p).find() || PHOTO.matcher(p).find();
    });
  }

  /** Rule-based tokens of {@code [from, to)}, each quotation there replaced by one QUOTE token. */
  List<Token> words(int from, int to) {
    List<Token> out = new ArrayList<>();
    int at = from;
    for (Span q = quoteFrom(from); q != null && q.start() < to; q = quoteFrom(q.end())) {
      out.addAll(RuleTokenizer.tokenize(text, at, q.start()));
      out.add(new Token(q.start(), Math.min(q.end(), to), "\"", QUOTE_TAG));
      at = q.end();
      if (at >= to) {
        return out;
      }
    }
    if (at < to) {
      out.addAll(RuleTokenizer.tokenize(text, at, to));
    }
    return out;
  }

  /**
   * Tagged tokens of {@code [from, to)}: the reporter's words tagged by OpenNLP, quotations in
   * between kept as single QUOTE tokens so that no quoted word is ever tagged.
   */
  List<Token> tagged(int from, int to) {
    long key = ((long) from << 32) | to;
    List<Token> hit = tagged.get(key);
    if (hit != null) {
      return hit;
    }
    List<Token> plain = LexicalTags.tag(words(from, to), cues, SpeakerNames.standard(), this::doubtfulName);
    if (plain != null) {
      plain = surnamesBeforeCues(plain);
      tagged.put(key, plain);
      return plain;
    }
    List<Token> out = new ArrayList<>();
    int at = from;
    for (Span q = quoteFrom(from); q != null && q.start() < to; q = quoteFrom(q.end())) {
      if (q.start() > at) {
        out.addAll(tagger().tag(text, at, q.start()));
      }
      out.add(new Token(q.start(), Math.min(q.end(), to), "\"", QUOTE_TAG));
      at = q.end();
    }
    if (at < to) {
      out.addAll(tagger().tag(text, at, to));
    }
    List<Token> fixed = properNames(out);
    tagged.put(key, fixed);
    return fixed;
  }

  /**
   * The tagger, seeing only a few words, takes some names for common words ("Trump/VERB says").
   * A capitalised content word is a name inside a sentence; at a sentence start it is one only
   * when the document capitalises it inside a sentence too and does not write it in lower case
   * nearby.
   */
  private List<Token> properNames(List<Token> tokens) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token k = tokens.get(i);
      // "said Will Doyle", "“…,” Will Estrada, the chairman, said": a modal spelled as a first name
      boolean nameFirstWord = k.tagged("AUX") && i + 1 < tokens.size() && tokens.get(i + 1).capitalized()
          && tokens.get(i + 1).isWord() && !FUNCTION_WORDS.contains(tokens.get(i + 1).lower())
          || modalName(tokens, i);
      boolean surname = surnameBeforeCue(tokens, i);
      boolean openClass = OPEN_CLASS.contains(k.tag()) || !FUNCTION_WORDS.contains(k.lower()) || nameFirstWord
          || surname;
      if (i > 0 && NAME_SUFFIXES.contains(k.text()) && out.get(i - 1).tagged("PROPN")) {
        k = new Token(k.start(), k.end(), k.text(), "PROPN"); // "Vann R. Newkirk II/NUM"
      }
      if (k.isWord() && k.capitalized() && k.tag() != null && !k.tagged("PROPN") && openClass
          && !k.tagged("NUM") && !SpeakerNames.standard().isTitle(k.text())) {
        boolean initial = i == 0 || tokens.get(i - 1).terminator() || QUOTE_TAG.equals(tokens.get(i - 1).tag())
            || text.lastIndexOf('\n', k.start()) > tokens.get(i - 1).end() - 1;
        // "Asked by Starnes …": a cue verb opening a sentence is no name; "Contrary/ADJ to …" keeps
        // its tag when the document never capitalises it inside a sentence, "Okafor/ADP" does not
        boolean doubtful = writtenLowerNearby(k) || !nameEvidence.writtenAsName(k) && OPEN_CLASS.contains(k.tag());
        if (!initial || nameFirstWord || surname || (!k.tagged("ADV") && !k.lower().endsWith("ing") && !doubtful
            && !cues.isVerb(k.text()))) {
          k = new Token(k.start(), k.end(), k.text(), "PROPN");
        }
      }
      out.add(k);
    }
    return out;
  }

  /** The rule-tagged tokens with {@link #surnameBeforeCue} words retagged as names. */
  private List<Token> surnamesBeforeCues(List<Token> tokens) {
    List<Token> out = null;
    for (int i = 0; i < tokens.size(); i++) {
      Token k = tokens.get(i);
      if (!k.tagged("PROPN") && surnameBeforeCue(tokens, i)) {
        out = out == null ? new ArrayList<>(tokens) : out;
        out.set(i, new Token(k.start(), k.end(), k.text(), "PROPN"));
      }
    }
    return out == null ? tokens : out;
  }

  /**
   * "“…,” From said", "Small, who attended the rally, said": a common word the document writes as
   * a surname elsewhere ("said Al From", "Marty Small") is that name before a cue or a comma.
   */
  private boolean surnameBeforeCue(List<Token> tokens, int i) {
    Token k = tokens.get(i);
    if (!k.capitalized() || i + 1 >= tokens.size() || !nameEvidence.writtenAsSurname(k)) {
      return false;
    }
    String next = tokens.get(i + 1).text();
    return ",".equals(next) || cues.isVerb(next) && !cues.isParticiple(next);
  }

  /** "“…,” Will wrote", "Will described Trump as …": a modal never takes a past or -s form, so it is a name. */
  private boolean modalName(List<Token> tokens, int i) {
    Token k = tokens.get(i);
    if (!k.tagged("AUX") || !k.capitalized() || i + 1 >= tokens.size()) {
      return false;
    }
    String next = tokens.get(i + 1).text();
    return MODALS.contains(k.lower()) && cues.isVerb(next) && !cues.isParticiple(next)
        && !next.toLowerCase(java.util.Locale.ROOT).equals(cues.lemma(next));
  }

  private static final Set<String> MODALS = Set.of("will", "may", "can", "shall", "must", "might", "would");

  /**
   * A capitalised word opening a sentence may be no name: the document writes it in lower case
   * nearby, or never capitalises it inside a sentence ("Contrary to …", "Talk compared to …").
   */
  private boolean doubtfulName(Token k) {
    return !nameEvidence.writtenAsName(k) || writtenLowerNearby(k);
  }

  private boolean writtenLowerNearby(Token k) {
    String lower = k.lower();
    int from = Math.max(0, k.start() - LOWER_CASE_REACH);
    int to = Math.min(text.length(), k.end() + LOWER_CASE_REACH);
    char first = lower.charAt(0);
    for (int i = from; i + lower.length() <= to; i++) {
      if (text.charAt(i) == first && text.regionMatches(false, i, lower, 0, lower.length())
          && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
          && (i + lower.length() == text.length() || !Character.isLetter(text.charAt(i + lower.length())))) {
        return true; // the whole word, not "ash" in "cash"
      }
    }
    return false;
  }

  /** Characters this view sent to the statistical tagger (its tagger's running total). */
  long taggedChars() {
    return tagger == null ? 0 : tagger.taggedChars();
  }

  private PosTagger tagger() {
    if (tagger == null) {
      tagger = taggers.get();
    }
    return tagger;
  }

  private static int indexAt(List<Span> spans, int offset) {
    int lo = 0;
    int hi = spans.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (spans.get(mid).start() <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private static List<Span> sorted(List<Span> spans) {
    List<Span> s = new ArrayList<>(spans);
    Collections.sort(s);
    return List.copyOf(s);
  }
}
