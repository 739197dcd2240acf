package dev.quotecheck.robust;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of strange drafts for property tests: prose pieces mixed with quotation marks of
 * every style, apostrophes, line and paragraph breaks (LF, CRLF, CR), emoji, combining marks,
 * zero-width and bidi controls, long words and markup. Shared by the property tests of every
 * package so each target sees the same hostile mix.
 */
public final class HostileText {

  /** Every quotation mark style quotecheck knows, plus look-alikes it should not trip on. */
  public static final List<String> MARKS = List.of(
      "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", "\u2039", "\u203a",
      "\u201e", "\u201a", "\u201f", "\u201b", "\u300c", "\u300d", "\u300e", "\u300f", "\u2033", "\u2032",
      "`", "``", "''", "\u00ab\u00a0", "\u00a0\u00bb", "\uff02", "\u275d", "\u275e");

  private static final List<String> WORDS = List.of(
      "said", "says", "told", "according to", "he", "she", "they", "Benny Gantz", "Maria Lopez",
      "Defense Minister", "the", "not", "never", "four", "100", "don't", "it's", "’90s", "rock ’n’ roll",
      "O'Brien", "students'", "Mr.", "Dr.", "U.S.", "e.g.", "Trump", "we", "will", "raise", "taxes",
      "Hello", "world", "war", "peace", "asked", "added", "explained", "in her words", "his claim that");

  private static final List<String> PUNCTUATION = List.of(
      ".", ",", ":", ";", "!", "?", " \u2014 ", "\u2013", "-", "...", "\u2026", ". . .", "[", "]", "(", ")",
      "[sic]", "[the country]", "/", "*", "_", "#");

  private static final List<String> BREAKS = List.of(
      " ", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n", "\u00a0", "\u2028", "\u2029", "\f");

  private static final List<String> ODD = List.of(
      "\ud83d\ude00", "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67", "\ud83c\uddee\ud83c\uddf1", "e\u0301",
      "a\u0308\u0323", "\u0301", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202a", "\u202b", "\u202c",
      "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u00ad", "\ufffd",
      "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627", "\u4f60\u597d", "\u0000", "\u0007",
      "\ud800", "\udc00", "\u0130", "\u00df", "\ufb01");

  private static final List<String> MARKUP = List.of(
      "<p>", "</p>", "<div>", "</div>", "<br>", "<br/>", "<blockquote>", "</blockquote>", "<q>", "</q>",
      "<script>", "</script>", "<style>", "</style>", "<!--", "-->", "<![CDATA[", "]]>", "<a href=\"x\">",
      "</a>", "<em>", "</em>", "<", ">", "&amp;", "&ldquo;", "&rdquo;", "&#8220;", "&#x201D;", "&quot;",
      "&apos;", "&lsquo;", "&nbsp;", "&", "&#0;", "&#xD800;", "&bogus;", "`", "```", "~~~", "    ", "> ",
      "- ", "1. ", "# ", "## ", "---", "***", "](", "[link](http://x)", "![img](a.png)", "\\\"", "<v Ann>",
      "00:00:01.000 --> 00:00:02.000", "WEBVTT", "1\n00:00:01,000 --> 00:00:02,000", "MARIA LOPEZ:",
      "Maria Lopez (00:01:02):", "{\"speaker\":", "\"text\":", "}", "{", "\\n", "\\u201c");

  private HostileText() {}

  /** A long run of one letter (up to 3,000 characters): a word no tokenizer expects. */
  public static Arbitrary<String> longWord() {
    return Arbitraries.integers().between(40, 3000).map(n -> "w".repeat(n));
  }

  /** One piece of a hostile draft. */
  public static Arbitrary<String> piece() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(10, Arbitraries.of(MARKS)),
        net.jqwik.api.Tuple.of(12, Arbitraries.of(WORDS)),
        net.jqwik.api.Tuple.of(5, Arbitraries.of(PUNCTUATION)),
        net.jqwik.api.Tuple.of(10, Arbitraries.of(BREAKS)),
        net.jqwik.api.Tuple.of(4, Arbitraries.of(ODD)),
        net.jqwik.api.Tuple.of(4, Arbitraries.of(MARKUP)),
        net.jqwik.api.Tuple.of(1, longWord()),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(6)));
  }

  /** A draft of up to {@code maxPieces} pieces. */
  public static Arbitrary<String> draft(int maxPieces) {
    return piece().list().ofMaxSize(maxPieces).map(l -> String.join("", l));
  }

  /** A draft of up to 80 pieces, with a well-formed quotation sometimes embedded in it. */
  public static Arbitrary<String> draft() {
    Arbitrary<String> quoted = Combinators.combine(
            Arbitraries.of("\u201c", "\"", "\u2018", "'", "\u00ab", "\u201e"),
            draft(12),
            Arbitraries.of("\u201d", "\"", "\u2019", "'", "\u00bb", "\u201c"),
            Arbitraries.of(" he said.", ", said Benny Gantz.", " Maria Lopez told reporters.", ""))
        .as((open, words, close, tail) -> open + words + close + tail);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, draft(80)),
        net.jqwik.api.Tuple.of(2, Combinators.combine(draft(30), quoted, draft(30)).as((a, q, b) -> a + q + b)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(200)));
  }

  /** {@code s} as it would come out of a strict decoder: lone surrogates and NULs replaced. */
  public static String decodable(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        b.append(c).append(s.charAt(++i));
      } else if (Character.isSurrogate(c) || c == 0) {
        b.append('\ufffd');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
