package dev.quotecheck.match;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Grades the steps of a word diff: a negation added or removed and a number or quantity changed
 * are critical; content words added, dropped or replaced are major; function words, inflection
 * and contractions are minor. The word lists are data ({@link Lexicon}).
 */
final class ChangeClassifier {

  private final Lexicon lexicon;

  ChangeClassifier(Lexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** Severity and plain-language reasons of a diff. */
  record Assessment(Severity severity, List<String> reasons) {
    Assessment {
      reasons = List.copyOf(reasons);
    }
  }

  Assessment assess(List<Change> changes) {
    Grading g = new Grading();
    for (Change c : changes) {
      if (c.op().op() == DiffOp.Op.EQUAL) {
        // a contraction cut by an ellipsis shows the same word on both sides: no difference
        if (!c.draft().isEmpty() && !c.source().isEmpty() && c.draft().get(0).isWord()
            && c.draft().get(0).contracted() != c.source().get(0).contracted()
            && !Normalizer.fold(c.op().draft()).equals(Normalizer.fold(c.op().source()))) {
          g.add(Severity.MINOR, "contraction differs: " + pair(c.op()));
        }
      } else {
        grade(c, g);
      }
    }
    return new Assessment(g.severity, g.reasons);
  }

  private void grade(Change c, Grading g) {
    List<String> draft = words(c.draft());
    List<String> source = words(c.source());
    List<String> dNeg = keep(draft, lexicon::isNegation);
    List<String> sNeg = keep(source, lexicon::isNegation);
    for (String w : minus(sNeg, dNeg)) {
      g.add(Severity.CRITICAL, "negation removed: " + q(w));
    }
    for (String w : minus(dNeg, sNeg)) {
      g.add(Severity.CRITICAL, "negation added: " + q(w));
    }
    amounts(numbers(c.draft()), numbers(c.source()), "number", c.op(), g);
    amounts(keep(draft, lexicon::isQuantity), keep(source, lexicon::isQuantity), "quantity", c.op(), g);
    List<String> dRest = minus(draft, dNeg);
    dRest.removeIf(w -> lexicon.isQuantity(w) || isNumber(w));
    List<String> sRest = minus(source, sNeg);
    sRest.removeIf(w -> lexicon.isQuantity(w) || isNumber(w));
    if (dRest.isEmpty() && sRest.isEmpty()) {
      return;
    }
    List<String> dContent = keep(dRest, w -> !lexicon.isFunctionWord(w));
    List<String> sContent = keep(sRest, w -> !lexicon.isFunctionWord(w));
    DiffOp op = c.op();
    if (dContent.isEmpty() && sContent.isEmpty()) {
      g.add(Severity.MINOR, describe("function words", op));
    } else if (!dContent.isEmpty() && stems(dContent).equals(stems(sContent))) {
      g.add(Severity.MINOR, "inflection differs: " + pair(op));
    } else {
      g.add(Severity.MAJOR, describe("words", op));
    }
  }

  /** A changed amount, named with the step's words as written ({@code "four"} rather than 4). */
  private static void amounts(List<String> draft, List<String> source, String what, DiffOp op, Grading g) {
    if (draft.equals(source)) {
      return;
    }
    if (!draft.isEmpty() && !source.isEmpty()) {
      g.add(Severity.CRITICAL, what + " changed: " + pair(op));
    } else if (draft.isEmpty()) {
      g.add(Severity.CRITICAL, what + " removed: " + q(op.source()));
    } else {
      g.add(Severity.CRITICAL, what + " added: " + q(op.draft()));
    }
  }

  private static String describe(String what, DiffOp op) {
    return switch (op.op()) {
      case INSERT -> what + " added: " + q(op.draft());
      case DELETE -> what + " dropped: " + q(op.source());
      default -> what + " replaced: " + pair(op);
    };
  }

  /** Draft words first, then the source's: {@code "always" -> "still"}. */
  private static String pair(DiffOp op) {
    return q(op.draft()) + " -> " + q(op.source());
  }

  private static String q(String s) {
    return "\"" + s + "\"";
  }

  private static List<String> words(List<Token> tokens) {
    List<String> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.isWord()) {
        out.add(t.norm());
      }
    }
    return out;
  }

  private static List<String> numbers(List<Token> tokens) {
    List<String> out = new ArrayList<>();
    for (Token t : tokens) {
      if (t.kind() == Token.Kind.NUMBER) {
        out.add(t.norm());
      }
    }
    return out;
  }

  private static boolean isNumber(String w) {
    return !w.isEmpty() && Character.isDigit(w.charAt(0));
  }

  private static List<String> keep(List<String> words, java.util.function.Predicate<String> p) {
    List<String> out = new ArrayList<>();
    for (String w : words) {
      if (p.test(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Multiset difference a - b. */
  private static List<String> minus(List<String> a, Collection<String> b) {
    List<String> rest = new ArrayList<>(b);
    List<String> out = new ArrayList<>();
    for (String w : a) {
      if (!rest.remove(w)) {
        out.add(w);
      }
    }
    return out;
  }

  private static List<String> stems(List<String> words) {
    EnglishStemmer stemmer = new EnglishStemmer();
    List<String> out = new ArrayList<>();
    for (String w : words) {
      stemmer.setCurrent(w);
      stemmer.stem();
      out.add(stemmer.getCurrent());
    }
    out.sort(null);
    return out;
  }

  /** The worst severity seen so far and the reasons, without repeats. */
  private static final class Grading {
    Severity severity = Severity.NONE;
    final List<String> reasons = new ArrayList<>();

    void add(Severity s, String reason) {
      if (s.compareTo(severity) > 0) {
        severity = s;
      }
      if (!reasons.contains(reason)) {
        reasons.add(reason);
      }
    }
  }
}
