package dev.quotecheck.attribute;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteChecker;
import dev.quotecheck.QuoteResult;
import dev.quotecheck.text.Documents;
import java.nio.file.Path;

/** Prints each quotation of the given files with its attribution (a development aid, not a test). */
public final class AttributionDump {
  private AttributionDump() {}

  public static void main(String[] args) throws Exception {
    QuoteChecker checker = QuoteChecker.builder().build();
    for (String a : args) {
      DocumentResult r = checker.check(Documents.load(Path.of(a)));
      for (QuoteResult q : r.quotes()) {
        print(q, "");
      }
    }
  }

  private static void print(QuoteResult q, String indent) {
    Attribution a = q.attribution();
    String t = q.quote().text();
    System.out.printf("%s%-16s %-18s %-12s %-28s %.2f | %s%n", indent, a.construction(), a.speaker(), a.cue(),
        a.mentionText(), a.confidence(), t.length() > 70 ? t.substring(0, 70) + "…" : t);
    for (QuoteResult n : q.nested()) {
      print(n, indent + "  ");
    }
  }
}
