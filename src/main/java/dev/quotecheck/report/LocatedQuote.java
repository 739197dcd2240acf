package dev.quotecheck.report;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteResult;
import dev.quotecheck.match.Verdict;
import dev.quotecheck.text.Document;
import dev.quotecheck.text.LineMap;
import dev.quotecheck.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A top-level quotation with its place in the original file, as every writer needs it.
 *
 * @param path the draft's path as given
 * @param result the quotation, speaker and verdict
 * @param original the quotation's content in original-file offsets
 * @param start 1-based position of the content's first character
 * @param end 1-based position just after the content's last character
 */
public record LocatedQuote(String path, QuoteResult result, Span original, LineMap.Position start, LineMap.Position end) {

  public static LocatedQuote of(DocumentResult doc, QuoteResult result) {
    Document d = doc.document();
    Span original = d.toOriginal(result.quote().content());
    LineMap lines = d.lineMap();
    return new LocatedQuote(d.path(), result, original, lines.position(original.start()), lines.position(original.end()));
  }

  public static List<LocatedQuote> all(DocumentResult doc) {
    List<LocatedQuote> out = new ArrayList<>(doc.quotes().size());
    for (QuoteResult q : doc.quotes()) {
      out.add(of(doc, q));
    }
    return out;
  }

  public Verdict verdict() {
    return result.verdict();
  }

  public Optional<Rule> rule() {
    return Rule.of(result.verdict());
  }

  public String text() {
    return result.quote().text();
  }

  /** The attributed speaker, or null. */
  public String speaker() {
    return result.attribution().speaker();
  }

  /** A one-line human message: what is wrong and why. */
  public String message() {
    Verdict v = result.verdict();
    String who = speaker() == null ? "nobody" : speaker();
    String quote = Texts.ellipsize(Texts.oneLine(text()), 80);
    if (v == null) {
      return "\u201c" + quote + "\u201d \u2014 " + who;
    }
    String head = switch (v.status()) {
      case VERIFIED -> "Verified quotation of " + who;
      case ALTERED -> "Altered quotation (" + v.severity().id() + ") of " + who;
      case MISATTRIBUTED -> "Quotation credited to " + who + " but said by "
          + (v.source() == null || v.source().speaker() == null ? "someone else" : v.source().speaker());
      case UNVERIFIED -> "Unverified quotation of " + who + ": no source in the corpus";
    };
    StringBuilder sb = new StringBuilder(head).append(": \u201c").append(quote).append('\u201d');
    if (!v.reasons().isEmpty()) {
      sb.append(" (").append(String.join("; ", v.reasons().stream().map(Texts::oneLine).toList())).append(')');
    }
    if (v.source() != null) {
      sb.append(" \u2014 source: ").append(v.source().path()).append(':').append(v.source().line());
    }
    return sb.toString();
  }
}
