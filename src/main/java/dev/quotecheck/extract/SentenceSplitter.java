package dev.quotecheck.extract;

import dev.quotecheck.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Sentences with OpenNLP's detector, paragraph by paragraph, then corrected: a boundary after a
 * news abbreviation is undone, and no sentence ever ends inside a quotation.
 */
final class SentenceSplitter {

  private final Supplier<SentenceModel> model;
  /** The brackets and final punctuation around an abbreviation: "(R-Wis.)" gives "R-Wis". */
  private static final java.util.regex.Pattern ABBREVIATION_TRIM = java.util.regex.Pattern.compile("^[(\\[]+|[.,)\\]]+$");

  private final Abbreviations abbreviations;

  SentenceSplitter(Supplier<SentenceModel> model, Abbreviations abbreviations) {
    this.model = model;
    this.abbreviations = abbreviations;
  }

  /** Sentences of each paragraph, before quotations are taken into account. */
  List<Span> split(String text, List<Span> paragraphs) {
    SentenceDetectorME detector = new SentenceDetectorME(model.get());
    List<Span> out = new ArrayList<>();
    for (Span p : paragraphs) {
      String para = text.substring(p.start(), p.end());
      Span previous = null;
      for (opennlp.tools.util.Span s : detector.sentPosDetect(para)) {
        Span sentence = new Span(p.start() + s.getStart(), p.start() + s.getEnd());
        if (previous != null && (abbreviations.joins(lastWord(text, previous), firstWord(text, sentence))
            || continuesLowerCase(text, previous, sentence) || middleInitial(text, previous, sentence))) {
          sentence = new Span(previous.start(), sentence.end());
          out.remove(out.size() - 1);
        }
        // each scan runs to its first hit and is redone only once the cut passes it: linear in the sentence
        int abbreviation = endAfterAbbreviation(text, sentence);
        int quotation = endAfterQuotation(text, sentence);
        int cut = earliest(abbreviation, quotation);
        while (cut > 0) {
          out.add(new Span(sentence.start(), cut));
          int next = cut;
          while (next < sentence.end() && Character.isWhitespace(text.charAt(next))) {
            next++;
          }
          sentence = new Span(next, sentence.end());
          abbreviation = abbreviation > 0 && abbreviation <= cut ? endAfterAbbreviation(text, sentence) : abbreviation;
          quotation = quotation > 0 && quotation <= cut ? endAfterQuotation(text, sentence) : quotation;
          cut = earliest(abbreviation, quotation);
        }
        out.add(sentence);
        previous = sentence;
      }
    }
    return out;
  }

  /**
   * Joins sentences so that no quotation (given as outer spans, sorted by start) crosses a
   * boundary. Linear in sentences plus quotations.
   */
  static List<Span> joinAcross(List<Span> sentences, List<Span> quotes) {
    List<Span> out = new ArrayList<>(sentences.size());
    int q = 0;
    for (int i = 0; i < sentences.size(); i++) {
      int start = sentences.get(i).start();
      int end = sentences.get(i).end();
      while (true) {
        while (q < quotes.size() && quotes.get(q).end() <= end) {
          q++;
        }
        if (q < quotes.size() && quotes.get(q).start() < end && i + 1 < sentences.size()) {
          end = sentences.get(++i).end(); // the quotation goes on into the next sentence
        } else {
          break;
        }
      }
      out.add(new Span(start, end));
    }
    return out;
  }

  private static int earliest(int abbreviation, int quotation) {
    return abbreviation < 0 || quotation > 0 && quotation < abbreviation ? quotation : abbreviation;
  }

  /**
   * "what he called ''our arguments this year.'' But, Mr. Ryan said": the model misses the end of
   * a sentence whose full stop stands inside closing marks when a capitalised word follows. A cut
   * inside a quotation is undone by {@link #joinAcross}. Returns the end after the marks or -1.
   */
  static int endAfterQuotation(String text, Span s) {
    for (int dot = s.start(); dot + 2 < s.end(); dot++) {
      // after a lower-case word or a number only: "the U.S.' Middle East policy" goes on
      if (text.charAt(dot) != '.' || !Marks.isMark(text.charAt(dot + 1)) || dot == s.start()
          || !Character.isLowerCase(text.charAt(dot - 1)) && !Character.isDigit(text.charAt(dot - 1))) {
        continue;
      }
      int end = dot + 1;
      while (end < s.end() && Marks.isMark(text.charAt(end))) {
        end++;
      }
      int next = end;
      while (next < s.end() && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next > end && next < s.end() && Character.isUpperCase(text.charAt(next))) {
        return end;
      }
    }
    return -1;
  }

  /** The end of the first sentence inside {@code s} that the model missed after U.S., a.m., ... or -1. */
  private int endAfterAbbreviation(String text, Span s) {
    for (int dot = s.start(); dot + 1 < s.end(); dot++) { // bounded: indexOf would run past the sentence
      if (text.charAt(dot) != '.' || !Character.isWhitespace(text.charAt(dot + 1))) {
        continue;
      }
      int wordStart = dot;
      while (wordStart > s.start() && !Character.isWhitespace(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      int next = dot + 1;
      while (next < s.end() && Character.isWhitespace(text.charAt(next))) {
        next++;
      }
      if (next < s.end()
          && abbreviations.ends(text.substring(wordStart, dot + 1), firstWord(text, new Span(next, s.end())))) {
        return dot + 1;
      }
    }
    return -1;
  }

  /**
   * "Paul D. Ryan (R-Wis.) said …", "Tim Kaine, D-Va., as …": the model ends a sentence after an
   * abbreviation it does not know, but no sentence begins with a lower-case word, a comma or a dash.
   */
  private static boolean continuesLowerCase(String text, Span previous, Span sentence) {
    // the rare case first: most sentences start with a capital and need no look at the word before
    if (sentence.start() >= sentence.end()) {
      return false;
    }
    char first = text.charAt(sentence.start());
    // "JACKSON, Miss. - U.S. District Judge …": a dateline's dash after a state
    if (!Character.isLowerCase(first) && ",;-\u2013\u2014".indexOf(first) < 0) {
      return false;
    }
    String last = lastWord(text, previous);
    if (exclaimedInQuotes(last)) {
      return true; // "greeted with chants of “Bobby!” at a conference", "“Why?” he asked"
    }
    if (!last.endsWith(".)") && !last.endsWith(".,") && !last.endsWith(".")) {
      return false;
    }
    // only after an abbreviation: a short word with a capital ("(R-Wis.)", "D-Va.,", "N.H."), never
    // after an ordinary word ("… Maria Lopez said. the minister …" stays two sentences)
    String word = ABBREVIATION_TRIM.matcher(last).replaceAll("");
    return !word.isEmpty() && word.length() <= 7 && word.chars().anyMatch(Character::isUpperCase);
  }

  /**
   * "my colleague Michael M. Grynbaum in July": a capital letter and its full stop between two
   * capitalised words is a middle initial, unless a usual sentence opener follows ("Plan B. The …").
   */
  private boolean middleInitial(String text, Span previous, Span sentence) {
    String last = lastWord(text, previous);
    if (last.length() != 2 || !Character.isUpperCase(last.charAt(0)) || last.charAt(1) != '.') {
      return false;
    }
    String next = firstWord(text, sentence);
    if (next.isEmpty() || !Character.isUpperCase(next.charAt(0)) || abbreviations.opener(next)) {
      return false;
    }
    String before = lastWord(text, new Span(previous.start(), Math.max(previous.start(), previous.end() - 3)));
    return before.length() > 1 && Character.isUpperCase(before.charAt(0)) && Character.isLetter(before.charAt(before.length() - 1));
  }

  /** A word closing a quotation with "!" or "?": the sentence around the quotation may go on. */
  private static boolean exclaimedInQuotes(String word) {
    int n = word.length();
    return n >= 2 && Marks.isMark(word.charAt(n - 1)) && (word.charAt(n - 2) == '!' || word.charAt(n - 2) == '?');
  }

  private static String lastWord(String text, Span s) {
    int i = s.end();
    while (i > s.start() && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return text.substring(i, s.end());
  }

  private static String firstWord(String text, Span s) {
    int i = s.start();
    while (i < s.end() && Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return text.substring(s.start(), i);
  }
}
