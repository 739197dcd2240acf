package dev.quotecheck.report;

import dev.quotecheck.text.Document;
import dev.quotecheck.text.LineMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppression comments of one draft, read from its original text (so they work in .md, .html
 * and .txt alike):
 * <ul>
 *   <li>{@code <!-- quotecheck-disable-next-line [rule...] -->}: quotations starting on the next line;
 *   <li>{@code <!-- quotecheck-disable [rule...] -->} up to {@code <!-- quotecheck-enable [rule...] -->}
 *       or the end of the file.
 * </ul>
 * Without rule IDs a directive covers every rule. Anything else that starts with {@code quotecheck}
 * inside a comment, and any unknown rule ID, is reported as a warning rather than ignored.
 */
public final class Suppressions {
  private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
  private static final Pattern WORDS = Pattern.compile("[\\s,]+");
  private static final List<String> KNOWN = List.of("disable-next-line", "disable", "enable");

  private enum Kind { NEXT_LINE, DISABLE, ENABLE }

  /** One directive; an empty rule set means every rule. */
  private record Directive(Kind kind, Set<String> rules, int offset, int endLine) {
    boolean covers(String ruleId) {
      return rules.isEmpty() || rules.contains(ruleId);
    }
  }

  private final LineMap lines;
  private final List<Directive> directives;
  private final List<String> warnings;

  private Suppressions(LineMap lines, List<Directive> directives, List<String> warnings) {
    this.lines = lines;
    this.directives = List.copyOf(directives);
    this.warnings = List.copyOf(warnings);
  }

  public static Suppressions parse(Document doc) {
    String text = doc.original();
    LineMap lines = doc.lineMap();
    List<Directive> directives = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Matcher m = COMMENT.matcher(text);
    while (m.find()) {
      String body = m.group(1).strip();
      if (!body.toLowerCase(Locale.ROOT).startsWith("quotecheck")) {
        continue;
      }
      String where = doc.path() + ":" + lines.line(m.start()) + ": ";
      String[] words = WORDS.split(body);
      String name = words[0].toLowerCase(Locale.ROOT).replaceFirst("^quotecheck-?", "");
      Optional<Kind> kind = kind(name);
      if (kind.isEmpty()) {
        warnings.add(where + "unknown quotecheck directive '" + words[0] + "' (known: quotecheck-"
            + String.join(", quotecheck-", KNOWN) + "); ignored");
        continue;
      }
      Set<String> rules = new LinkedHashSet<>();
      int unknown = 0;
      for (int i = 1; i < words.length; i++) {
        Optional<Rule> rule = Rule.byId(words[i]);
        if (rule.isPresent()) {
          rules.add(rule.get().id());
        } else {
          unknown++;
          warnings.add(where + "unknown rule '" + words[i] + "' in " + words[0] + " (known: "
              + String.join(", ", Rule.ids()) + ")");
        }
      }
      if (unknown > 0 && rules.isEmpty()) {
        // a mistyped rule must not silence every rule
        warnings.add(where + words[0] + " names no known rule; ignored");
        continue;
      }
      directives.add(new Directive(kind.get(), rules, m.start(), lines.line(m.end())));
    }
    return new Suppressions(lines, directives, warnings);
  }

  private static Optional<Kind> kind(String name) {
    return switch (name) {
      case "disable-next-line" -> Optional.of(Kind.NEXT_LINE);
      case "disable" -> Optional.of(Kind.DISABLE);
      case "enable" -> Optional.of(Kind.ENABLE);
      default -> Optional.empty();
    };
  }

  /** One line per unknown directive or rule, with file and line. */
  public List<String> warnings() {
    return warnings;
  }

  /** Whether a quotation starting at this original offset is silenced for this rule. */
  public boolean suppresses(int originalOffset, Rule rule) {
    int line = lines.line(originalOffset);
    boolean disabled = false;
    for (Directive d : directives) {
      if (d.kind() == Kind.NEXT_LINE) {
        if (d.endLine() + 1 == line && d.covers(rule.id())) {
          return true;
        }
      } else if (d.offset() < originalOffset && d.covers(rule.id())) {
        disabled = d.kind() == Kind.DISABLE;
      }
    }
    return disabled;
  }
}
