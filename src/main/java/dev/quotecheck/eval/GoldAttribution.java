package dev.quotecheck.eval;

import dev.quotecheck.text.Span;
import java.util.List;

/**
 * A PolNeAR attribution relation: its Content, Source and Cue spans (each possibly
 * discontinuous, Source and Cue possibly absent), as character offsets into the article text.
 */
public record GoldAttribution(String id, List<Span> content, List<Span> source, List<Span> cue) {
  public GoldAttribution {
    content = List.copyOf(content);
    source = List.copyOf(source);
    cue = List.copyOf(cue);
  }

  public boolean sourceOverlaps(Span span) {
    for (Span s : source) {
      if (s.overlaps(span)) {
        return true;
      }
    }
    return false;
  }

  public String sourceText(String text) {
    StringBuilder b = new StringBuilder();
    for (Span s : source) {
      b.append(b.length() > 0 ? " … " : "").append(s.of(text));
    }
    return b.toString();
  }
}
