package dev.quotecheck.report;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteResult;
import dev.quotecheck.attribute.Attribution;
import dev.quotecheck.extract.Extraction;
import dev.quotecheck.extract.QuoteKind;
import dev.quotecheck.extract.Quotation;
import dev.quotecheck.match.DiffOp;
import dev.quotecheck.match.DiffOp.Op;
import dev.quotecheck.match.Severity;
import dev.quotecheck.match.SourceRef;
import dev.quotecheck.match.Status;
import dev.quotecheck.match.Verdict;
import dev.quotecheck.text.Document;
import dev.quotecheck.text.Documents;
import dev.quotecheck.text.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports built from the drafts in testdata/report with hand-made verdicts, so the writers can be
 * tested without the extractor, resolver and verifier.
 */
final class ReportFixtures {
  static final Path DIR = Path.of("testdata", "report");
  static final String CORPUS = "corpus/cabinet-briefing.txt";

  private ReportFixtures() {}

  /** The sample draft: one quotation of each status, altered ones of three severities. */
  static Report sample() throws Exception {
    return sample(Documents.load(DIR.resolve("draft.md")));
  }

  /** The sample's verdicts on another version of the draft (lines moved, say). */
  static Report sample(Document doc) {
    Builder b = new Builder(doc);
    b.add("We will not let this threat grow unchecked,", "Dana Levi",
        new Verdict(Status.VERIFIED, Severity.NONE, 1.0,
            source("Dana Levi", "We will not let this threat grow unchecked.", 120, 4),
            List.of(new DiffOp(Op.EQUAL, "We will not let this threat grow unchecked", "We will not let this threat grow unchecked")),
            List.of()));
    b.add("Our patience is long, but it has limits.", "Dana Levi",
        new Verdict(Status.ALTERED, Severity.CRITICAL, 0.71,
            source("Dana Levi", "And I say this clearly: our patience is long, but it is not endless.", 166, 4),
            List.of(new DiffOp(Op.EQUAL, "Our patience is long, but it", "our patience is long, but it"),
                new DiffOp(Op.REPLACE, "has limits", "is not endless")),
            List.of("negation removed: 'not'", "words replaced: 'is not endless' -> 'has limits'")));
    b.add("a mistake we can still correct.", "Dana Levi",
        new Verdict(Status.ALTERED, Severity.MAJOR, 0.82,
            source("Dana Levi", "The agreement was a mistake that we can correct, if we act now.", 310, 9),
            List.of(new DiffOp(Op.EQUAL, "a mistake", "a mistake"),
                new DiffOp(Op.DELETE, "", "that"),
                new DiffOp(Op.EQUAL, "we can", "we can"),
                new DiffOp(Op.INSERT, "still", ""),
                new DiffOp(Op.EQUAL, "correct", "correct")),
            List.of("content word added: 'still'")));
    b.add("The government has no plan for the north.", "Amir Cohen",
        new Verdict(Status.MISATTRIBUTED, Severity.NONE, 0.97,
            source("Yossi Barak", "The government has no plan for the north.", 402, 12),
            List.of(new DiffOp(Op.EQUAL, "The government has no plan for the north", "The government has no plan for the north")),
            List.of("said by Yossi Barak, not Amir Cohen")));
    b.add("Nobody asked the farmers,", null,
        new Verdict(Status.UNVERIFIED, Severity.NONE, 0.18, null, List.of(), List.of()));
    return new Report(true, List.of(b.build()), List.of());
  }

  /** The same draft with an extra altered-minor verdict in place of the verified one. */
  static Report withMinor() throws Exception {
    Report sample = sample();
    DocumentResult d = sample.documents().get(0);
    List<QuoteResult> quotes = new ArrayList<>(d.quotes());
    QuoteResult first = quotes.get(0);
    quotes.set(0, new QuoteResult(first.quote(), first.attribution(),
        new Verdict(Status.ALTERED, Severity.MINOR, 0.95, first.verdict().source(),
            List.of(new DiffOp(Op.EQUAL, "We will", "We will"), new DiffOp(Op.REPLACE, "not", "never"),
                new DiffOp(Op.EQUAL, "let this threat grow unchecked", "let this threat grow unchecked")),
            List.of("function word changed")),
        List.of()));
    return new Report(true, List.of(new DocumentResult(d.document(), d.extraction(), quotes)), List.of());
  }

  /** A draft and corpus full of markup that must never reach the page as markup. */
  static Report hostile() throws Exception {
    Document doc = Documents.load(DIR.resolve("hostile.txt"));
    Builder b = new Builder(doc);
    String first = "I saw <script>alert('draft')</script> on the screen and <img src=x onerror=alert(1)> in the page.";
    b.add(first, "Jo <b>Bold</b>",
        new Verdict(Status.ALTERED, Severity.MAJOR, 0.8,
            new SourceRef("corpus/<script>evil</script>.txt", "<img src=y onerror=alert(2)>",
                "I saw <script>alert('corpus')</script> on the </textarea> screen", 0, 60, 1),
            List.of(new DiffOp(Op.EQUAL, "I saw <script>alert('draft')</script>", "I saw <script>alert('corpus')</script>"),
                new DiffOp(Op.DELETE, "", "on the </textarea>"),
                new DiffOp(Op.INSERT, "<img src=x onerror=alert(1)>", "")),
            List.of("reason with <script>alert('reason')</script>")));
    b.add("close the </textarea> now & leave.", null,
        new Verdict(Status.UNVERIFIED, Severity.NONE, 0.1, null, List.of(), List.of()));
    return new Report(true, List.of(b.build()), List.of("drafts/<script>x</script>.md: cannot read"));
  }

  static SourceRef source(String speaker, String text, int start, int line) {
    return new SourceRef(CORPUS, speaker, text, start, start + text.length(), line);
  }

  /** Adds quotations by their text, finding spans and the line each stands on. */
  static final class Builder {
    private final Document doc;
    private final List<QuoteResult> quotes = new ArrayList<>();
    private final List<Quotation> extracted = new ArrayList<>();

    Builder(Document doc) {
      this.doc = doc;
    }

    Builder add(String content, String speaker, Verdict verdict) {
      Quotation q = quotation(doc, content);
      extracted.add(q);
      Attribution a = speaker == null
          ? Attribution.none(0.3, "none")
          : new Attribution(speaker, null, null, "said", "quote-said-x", 0.9);
      quotes.add(new QuoteResult(q, a, verdict, List.of()));
      return this;
    }

    DocumentResult build() {
      return new DocumentResult(doc, new Extraction(List.of(), List.of(), extracted), quotes);
    }
  }

  /** After the last sentence end (or line break) before {@code at}. */
  private static int sentenceStart(String text, int at) {
    int start = text.lastIndexOf('\n', at - 1) + 1;
    for (int i = at - 2; i > start; i--) {
      if (".!?".indexOf(text.charAt(i)) >= 0 && text.charAt(i + 1) == ' ') {
        return i + 2;
      }
    }
    return start;
  }

  /** At the first sentence end after the quotation's closing mark, or the line's end. */
  private static int sentenceEnd(String text, int from) {
    int lineEnd = text.indexOf('\n', from);
    int end = lineEnd < 0 ? text.length() : lineEnd;
    for (int i = from + 1; i < end; i++) {
      if (".!?".indexOf(text.charAt(i)) >= 0 && (i + 1 == end || text.charAt(i + 1) == ' ')) {
        return i + 1;
      }
    }
    return end;
  }

  static Quotation quotation(Document doc, String content) {
    String text = doc.text();
    int start = text.indexOf(content);
    if (start < 0) {
      throw new IllegalArgumentException("not in " + doc.path() + ": " + content);
    }
    Span c = new Span(start, start + content.length());
    Span outer = new Span(Math.max(0, start - 1), Math.min(text.length(), c.end() + 1));
    Span sentence = new Span(sentenceStart(text, outer.start()), sentenceEnd(text, c.end()));
    return new Quotation(c, outer, content, QuoteKind.SENTENCE, sentence, List.of(), List.of());
  }
}
