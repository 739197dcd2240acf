package dev.quotecheck.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The retrieval terms of a text: every word pair within a run ({@code "do not"}) and every word
 * that is not a function word. Pairs carry the word order that single words lose and are rare
 * enough to make candidate retrieval cheap; single content words let a one-word fragment or a
 * heavily altered quotation still find its passage.
 */
public final class IndexTerms {

  /** Function words: too frequent to help alone, still part of every word pair. */
  static final Set<String> STOPWORDS = Set.of(
      "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from",
      "as", "is", "are", "was", "were", "be", "been", "being", "am", "do", "does", "did", "have", "has", "had",
      "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his",
      "its", "our", "their", "this", "that", "these", "those", "there", "here", "what", "which", "who",
      "so", "than", "then", "just", "very", "about", "up", "out", "all", "any", "can", "will", "would",
      "could", "should", "shall", "may", "might", "must", "s", "t", "going", "go", "get", "got", "know",
      "let", "well", "oh", "okay", "yeah", "uh", "um", "because", "when", "where", "how", "why", "into");

  private IndexTerms() {}

  /** Terms in text order, duplicates kept (the index side). */
  public static void forEach(CharSequence text, java.util.function.Consumer<String> sink) {
    WordTokenizer.tokenize(text, new WordTokenizer.Sink() {
      private String previous;

      @Override
      public void word(String word) {
        if (!STOPWORDS.contains(word)) {
          sink.accept(word);
        }
        if (previous != null) {
          sink.accept(previous + ' ' + word);
        }
        previous = word;
      }

      @Override
      public void breakRun() {
        previous = null;
      }
    });
  }

  /** Distinct terms of a text, in first-seen order (the query side). */
  public static List<String> distinct(CharSequence text) {
    Set<String> out = new LinkedHashSet<>();
    forEach(text, out::add);
    return new ArrayList<>(out);
  }

  /** Whether a term is a word pair. */
  static boolean isPair(String term) {
    return term.indexOf(' ') >= 0;
  }
}
