package dev.quotecheck.extract;

import dev.quotecheck.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Nests quotations by their spans, iteratively: each quotation hangs below the nearest one whose
 * content holds it. A quotation that crosses another's boundary (left behind by a recovered
 * quotation) is dropped, and so is anything nested deeper than {@link #MAX_DEPTH}.
 */
final class QuotationTree {

  static final int MAX_DEPTH = 32;

  /** A quotation with trimmed spans, before it becomes a {@link Quotation}. */
  static final class Node {
    final RawQuote raw;
    final Span content;
    final Span outer;
    final List<Node> children = new ArrayList<>(0);
    final List<String> warnings;
    int tooDeep;

    Node(RawQuote raw, Span content) {
      this.raw = raw;
      this.content = content;
      this.outer = new Span(raw.open(), raw.outerEnd());
      this.warnings = new ArrayList<>(raw.warnings());
    }
  }

  private QuotationTree() {}

  /** The top-level nodes, in document order. */
  static List<Node> build(List<Node> nodes) {
    List<Node> sorted = new ArrayList<>(nodes);
    sorted.sort(Comparator.comparing((Node n) -> n.outer));
    List<Node> roots = new ArrayList<>();
    List<Node> stack = new ArrayList<>();
    for (Node n : sorted) {
      boolean crossing = false;
      while (!stack.isEmpty()) {
        Node top = stack.get(stack.size() - 1);
        if (top.content.contains(n.outer)) {
          break;
        }
        if (top.outer.overlaps(n.outer)) {
          crossing = true;
          break;
        }
        stack.remove(stack.size() - 1);
      }
      if (crossing) {
        continue;
      }
      if (stack.size() >= MAX_DEPTH) {
        stack.get(0).tooDeep++;
        continue;
      }
      (stack.isEmpty() ? roots : stack.get(stack.size() - 1).children).add(n);
      stack.add(n);
    }
    for (Node root : roots) {
      if (root.tooDeep > 0) {
        root.warnings.add(depthWarning(root.tooDeep));
      }
    }
    return roots;
  }

  private static String depthWarning(int n) {
    return n + " quotation(s) nested deeper than " + MAX_DEPTH + " levels not reported";
  }
}
