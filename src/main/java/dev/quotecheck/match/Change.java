package dev.quotecheck.match;

import java.util.List;

/**
 * One step of a word diff with the tokens behind it, for classification.
 *
 * @param op the step as reported
 * @param draft the draft tokens of the step (brackets included)
 * @param source the source tokens of the step
 */
record Change(DiffOp op, List<Token> draft, List<Token> source) {
  Change {
    draft = List.copyOf(draft);
    source = List.copyOf(source);
  }
}
