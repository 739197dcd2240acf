package dev.quotecheck.eval;

import java.util.List;
import java.util.Objects;

/**
 * One PolNeAR article: its text and the attributions of one annotator.
 *
 * @param name the article's file name without {@code .txt}
 */
public record PolnearArticle(String name, String text, List<GoldAttribution> attributions) {
  public PolnearArticle {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    attributions = List.copyOf(attributions);
  }
}
