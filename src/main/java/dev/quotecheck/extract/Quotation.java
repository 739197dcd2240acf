package dev.quotecheck.extract;

import dev.quotecheck.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * One quotation found in a document's reading text.
 *
 * @param content the quoted words without their marks (reading-text offsets)
 * @param outer the quotation including its marks, as far as they exist
 * @param text the content as it reads: inner paragraph-opening marks removed, white space folded
 * @param kind whole sentence, partial or scare quote
 * @param sentence the sentence (or sentences) the quotation stands in
 * @param nested quotations inside this one, in order
 * @param warnings what was recovered (a missing or wrong-direction closing mark, ...)
 */
public record Quotation(
    Span content,
    Span outer,
    String text,
    QuoteKind kind,
    Span sentence,
    List<Quotation> nested,
    List<String> warnings) {

  public Quotation {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(outer, "outer");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sentence, "sentence");
    if (!outer.contains(content)) {
      throw new IllegalArgumentException("content " + content + " outside " + outer);
    }
    nested = List.copyOf(nested);
    warnings = List.copyOf(warnings);
    for (Quotation child : nested) {
      if (!content.contains(child.outer())) {
        throw new IllegalArgumentException("nested " + child.outer() + " outside " + content);
      }
    }
  }
}
