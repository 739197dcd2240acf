package dev.quotecheck.extract;

import dev.quotecheck.text.Document;
import dev.quotecheck.text.Format;
import dev.quotecheck.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * Finds the quotations of a document's reading text: pairs marks (with recovery of broken ones),
 * splits sentences with OpenNLP without cutting a quotation, nests quotations and classifies each
 * as whole-sentence, partial or scare. Immutable and thread-safe; the sentence model loads on the
 * first extraction, once per process.
 */
public class QuotationExtractor {

  private final MarkPairer pairer;
  private final SentenceSplitter splitter;
  private final KindClassifier classifier;

  /** The default extractor: bundled cue and abbreviation lists, OpenNLP's English model. */
  public QuotationExtractor() {
    this(SentenceModels::english);
  }

  /** An extractor with another sentence model (loaded lazily through the supplier). */
  public QuotationExtractor(Supplier<SentenceModel> sentenceModel) {
    SpeechCues cues = SpeechCues.defaults();
    this.pairer = new MarkPairer(cues);
    this.splitter = new SentenceSplitter(sentenceModel, Abbreviations.defaults());
    this.classifier = new KindClassifier(cues);
  }

  public Extraction extract(Document document) {
    String text = document.text();
    List<Span> paragraphs = Paragraphs.split(text, document.format() != Format.TEXT);
    List<RawQuote> raws = pairer.pair(text, paragraphs);
    int[] wordAfter = nextWordChars(text, raws);
    List<QuotationTree.Node> nodes = new ArrayList<>();
    for (int i = 0; i < raws.size(); i++) {
      RawQuote raw = raws.get(i);
      Span content = trim(text, raw.contentStart(), raw.contentEnd());
      if (wordAfter[i] < content.end()) { // debris (marks and punctuation only) is no quotation
        nodes.add(new QuotationTree.Node(raw, content));
      }
    }
    List<QuotationTree.Node> roots = QuotationTree.build(nodes);
    List<Span> outers = new ArrayList<>(roots.size());
    for (QuotationTree.Node n : roots) {
      outers.add(n.outer);
    }
    List<Span> sentences = SentenceSplitter.joinAcross(splitter.split(text, paragraphs), outers);
    List<Quotation> quotes = new ArrayList<>(roots.size());
    int r = 0;
    for (int s = 0; s < sentences.size() && r < roots.size(); s++) {
      Span sentence = sentences.get(s);
      int from = r;
      while (r < roots.size() && (roots.get(r).outer.start() < sentence.end() || s + 1 == sentences.size())) {
        r++;
      }
      addSentence(text, sentence, roots.subList(from, r), quotes);
    }
    for (; r < roots.size(); r++) { // only when there are no sentences at all
      addSentence(text, roots.get(r).outer, roots.subList(r, r + 1), quotes);
    }
    return new Extraction(paragraphs, sentences, quotes);
  }

  private void addSentence(String text, Span sentence, List<QuotationTree.Node> roots, List<Quotation> out) {
    if (roots.isEmpty()) {
      return;
    }
    List<Span> outers = new ArrayList<>(roots.size());
    List<Span> contents = new ArrayList<>(roots.size());
    for (QuotationTree.Node n : roots) {
      outers.add(n.outer);
      contents.add(n.content);
    }
    Span covering = new Span(Math.min(sentence.start(), outers.get(0).start()),
        Math.max(sentence.end(), outers.get(outers.size() - 1).end()));
    List<QuoteKind> kinds = classifier.classify(text, covering, outers, contents);
    for (int i = 0; i < roots.size(); i++) {
      out.add(quotation(text, roots.get(i), kinds.get(i), covering));
    }
  }

  /** Depth is bounded by {@link QuotationTree#MAX_DEPTH}, so recursion is safe here. */
  private static Quotation quotation(String text, QuotationTree.Node n, QuoteKind kind, Span sentence) {
    List<Quotation> nested = new ArrayList<>(n.children.size());
    for (QuotationTree.Node child : n.children) {
      nested.add(quotation(text, child, KindClassifier.nestedKind(text, child.content), sentence));
    }
    return new Quotation(
        n.content, n.outer, fold(text, n.content, n.raw.continuationMarks()), kind, sentence, nested, n.warnings);
  }

  /** The content as it reads: paragraph-opening marks dropped, white space folded to one space. */
  static String fold(String text, Span content, List<Integer> skip) {
    StringBuilder b = new StringBuilder(content.length());
    int k = Collections.binarySearch(skip, content.start());
    k = k < 0 ? -k - 1 : k;
    boolean space = false;
    for (int i = content.start(); i < content.end(); i++) {
      if (k < skip.size() && skip.get(k) == i) {
        k++;
        continue;
      }
      char c = text.charAt(i);
      if (Marks.space(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    return b.toString();
  }

  private static Span trim(String text, int start, int end) {
    while (start < end && Marks.space(text.charAt(start))) {
      start++;
    }
    while (end > start && Marks.space(text.charAt(end - 1))) {
      end--;
    }
    return new Span(start, end);
  }

  /**
   * For each quotation, the first letter or digit at or after its content start (or the text's
   * length). Starts are visited from last to first and a scan stops at the previous start, whose
   * answer it then shares: thousands of nested quotations cost no more than the text.
   */
  private static int[] nextWordChars(String text, List<RawQuote> raws) {
    Integer[] order = new Integer[raws.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Integer.compare(raws.get(b).contentStart(), raws.get(a).contentStart()));
    int[] out = new int[raws.size()];
    int previousStart = text.length();
    int previousAnswer = text.length();
    for (int k : order) {
      int start = raws.get(k).contentStart();
      int i = start;
      while (i < previousStart && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      out[k] = i < previousStart ? i : previousAnswer;
      previousStart = start;
      previousAnswer = out[k];
    }
    return out;
  }
}
