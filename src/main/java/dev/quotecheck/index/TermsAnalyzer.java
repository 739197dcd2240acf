package dev.quotecheck.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Feeds {@link IndexTerms} to Lucene: one token per retrieval term, no positions needed. */
final class TermsAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    return new TokenStreamComponents(new TermsTokenizer());
  }

  private static final class TermsTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder buffer = new StringBuilder(4096);
    private final char[] chunk = new char[4096];
    private final List<String> terms = new ArrayList<>();
    private int next;

    @Override
    public boolean incrementToken() {
      if (next >= terms.size()) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(terms.get(next++));
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      buffer.setLength(0);
      for (int n; (n = input.read(chunk)) > 0; ) {
        buffer.append(chunk, 0, n);
      }
      terms.clear();
      IndexTerms.forEach(buffer, terms::add);
      next = 0;
    }
  }
}
