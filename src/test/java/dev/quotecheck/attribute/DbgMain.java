package dev.quotecheck.attribute;
import dev.quotecheck.extract.*; import dev.quotecheck.text.*; import java.nio.file.Path;
public class DbgMain { public static void main(String[] a) throws Exception {
  Document d = Documents.load(Path.of(a[0])); Extraction e = new QuotationExtractor().extract(d);
  int o = Integer.parseInt(a[1]);
  DocumentView v = new DocumentView(d.text(), e);
  ConstructionMatcher m = new ConstructionMatcher(v, SpeechCues.standard(), new MentionFinder(d.text(), SpeakerNames.standard()));
  for (Quotation q : e.quotes()) if (q.content().start() == o) {
    System.out.println("para " + v.paragraph(q.outer().start()) + " words " + v.words(q.sentence().start(), q.outer().start()));
    System.out.println("tagged " + v.tagged(q.sentence().start(), q.outer().start()) + " kind " + q.kind());
    System.out.println("after " + m.after(q) + "\nbefore " + m.before(q, 0));
  }
}}
