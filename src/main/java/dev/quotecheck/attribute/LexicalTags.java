package dev.quotecheck.attribute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tags a window of reporter words without the statistical tagger when every word is unambiguous:
 * punctuation, closed-class words, speech-cue verbs, "-ly" adverbs and capitalised words inside a
 * sentence (names). A lower-case content word ("official", "daily") or a capitalised word that the
 * document also writes in lower case makes the window unclear, and it goes to OpenNLP instead.
 */
final class LexicalTags {
  private static final Map<String, String> CLOSED = closedClass();
  private static final Set<String> ADVERBS = Set.of("also", "later", "then", "again", "still", "now",
      "just", "even", "never", "ever", "once", "too", "often", "soon", "already", "today", "yesterday",
      "tonight", "further", "instead", "however", "meanwhile", "moreover", "nevertheless", "indeed",
      "thus", "therefore", "furthermore", "additionally", "separately", "similarly", "likewise",
      "conversely", "afterward", "afterwards", "finally", "recently", "previously", "currently",
      "eventually", "ultimately", "overall", "contrary", "regardless", "nonetheless", "otherwise");

  private LexicalTags() {}

  /**
   * The tokens with tags, or null when some word needs the tagger.
   *
   * @param doubtfulName tells whether a capitalised word opening a sentence may be no name (the document
   *     writes it in lower case nearby, or never capitalises it inside a sentence)
   */
  static List<Token> tag(List<Token> tokens, SpeechCues cues, SpeakerNames names,
      java.util.function.Predicate<Token> doubtfulName) {
    List<Token> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      Token k = tokens.get(i);
      String tag = tagOf(tokens, i, cues, names, doubtfulName);
      if (tag == null) {
        return null;
      }
      out.add(tag.equals(k.tag()) ? k : new Token(k.start(), k.end(), k.text(), tag));
    }
    return out;
  }

  /** An article or determiner that opens a description ("The", "A"). */
  static boolean isOpener(Token k) {
    return "DET".equals(CLOSED.get(k.lower()));
  }

  private static String tagOf(List<Token> t, int i, SpeechCues cues, SpeakerNames names,
      java.util.function.Predicate<Token> doubtfulName) {
    Token k = t.get(i);
    if (DocumentView.QUOTE_TAG.equals(k.tag())) {
      return k.tag();
    }
    if (k.possessive()) {
      return "PART";
    }
    if (!k.isWord()) {
      return "PUNCT";
    }
    if (Character.isDigit(k.text().charAt(0))) {
      return "NUM";
    }
    String lower = k.lower();
    String closed = CLOSED.get(lower);
    boolean initial = i == 0 || t.get(i - 1).terminator() || t.get(i - 1).quoteMark()
        || DocumentView.QUOTE_TAG.equals(t.get(i - 1).tag());
    if (k.capitalized()) {
      boolean firstName = "AUX".equals(closed) && i + 1 < t.size() && t.get(i + 1).isWord()
          && (t.get(i + 1).capitalized() && !CLOSED.containsKey(t.get(i + 1).lower())
              || cues.isVerb(t.get(i + 1).text()) && !t.get(i + 1).lower().equals(cues.lemma(t.get(i + 1).text())));
      // ("“…,” Will wrote": a modal never takes a past form, so "Will" is a name)
      if (closed != null && initial && !firstName) {
        return closed; // but "Will Estrada said": a modal spelled as a first name
      }
      if (initial && ADVERBS.contains(lower)) {
        return "ADV"; // "However, he said": a sentence adverb, never a name
      }
      if (names.isTitle(k.text())) {
        return "PROPN";
      }
      if (initial && (cues.isVerb(k.text()) || doubtfulName.test(k))) {
        return null;
      }
      return "PROPN";
    }
    if (closed != null) {
      return closed;
    }
    if (cues.phraseAt(t, i) != null) {
      return "VERB";
    }
    if (cues.isVerb(lower) && lower.equals(cues.lemma(lower))) {
      return null; // "say", "call", "read": a base form is as often a noun ("a telephone call")
    }
    if (cues.isVerb(lower)) {
      // "his remarks", "the claims": after a determiner or possessive such a form is a noun.
      boolean nounLike = lower.endsWith("s") && !lower.endsWith("ss") && !lower.equals(cues.lemma(lower));
      String before = i > 0 ? CLOSED.get(t.get(i - 1).lower()) : null;
      boolean determined = "DET".equals(before) || i > 0 && t.get(i - 1).possessive()
          || i > 0 && MentionFinder.POSSESSIVE_PRONOUNS.contains(t.get(i - 1).lower());
      if (nounLike && determined) {
        return "NOUN";
      }
      // "Cost estimates", "party remarks": after a common noun the tagger tells noun from verb
      boolean afterCommonNoun = i > 0 && t.get(i - 1).isWord() && !t.get(i - 1).capitalized()
          && !CLOSED.containsKey(t.get(i - 1).lower()) && !ADVERBS.contains(t.get(i - 1).lower())
          && !t.get(i - 1).lower().endsWith("ly");
      boolean afterInitial = i == 1 || i > 1 && t.get(i - 2).terminator();
      return nounLike && (afterCommonNoun || afterInitial && t.get(i - 1).capitalized()) ? null : "VERB";
    }
    if (ADVERBS.contains(lower) || lower.endsWith("ly") && lower.length() > 4 && !lower.equals("daily")) {
      return "ADV";
    }
    return null;
  }

  private static Map<String, String> closedClass() {
    Map<String, String> m = new java.util.HashMap<>();
    for (String w : List.of("he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me",
        "who", "whom", "his", "their", "its", "our", "my", "your", "which", "what")) {
      m.put(w, "PRON");
    }
    for (String w : List.of("the", "a", "an", "this", "these", "those", "some", "any", "every", "each",
        "no", "all", "both", "another")) {
      m.put(w, "DET");
    }
    for (String w : List.of("in", "on", "at", "of", "for", "to", "from", "by", "with", "about", "after",
        "before", "since", "during", "under", "over", "into", "through", "against", "among", "between",
        "without", "near", "per", "via", "upon", "according", "despite", "amid", "toward", "towards", "across",
        "behind", "beyond", "within", "throughout")) {
      m.put(w, "ADP");
    }
    for (String w : List.of("and", "but", "or", "nor", "yet", "so")) {
      m.put(w, "CCONJ");
    }
    for (String w : List.of("that", "if", "when", "while", "as", "because", "although", "though", "unless",
        "until", "whether")) {
      m.put(w, "SCONJ");
    }
    for (String w : List.of("is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do",
        "does", "did", "will", "would", "can", "could", "shall", "should", "may", "might", "must")) {
      m.put(w, "AUX");
    }
    m.put("not", "PART");
    m.put("n't", "PART");
    return Map.copyOf(m);
  }
}
