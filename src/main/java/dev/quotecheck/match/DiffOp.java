package dev.quotecheck.match;

import java.util.Locale;
import java.util.Objects;

/**
 * One step of the word diff between a quotation (draft) and its source passage.
 *
 * @param op what happened to the words
 * @param draft the draft's words in this step ("" for an insert in the source... see {@link Op})
 * @param source the source's words in this step
 */
public record DiffOp(Op op, String draft, String source) {

  /** Seen from the draft: {@code delete} = source words the draft left out, {@code insert} = draft words the source lacks. */
  public enum Op {
    EQUAL,
    DELETE,
    INSERT,
    REPLACE;

    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public DiffOp {
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(source, "source");
  }
}
