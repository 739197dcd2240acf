package dev.quotecheck.report;

import dev.quotecheck.match.Status;
import dev.quotecheck.match.Verdict;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The stable rule IDs a flagged quotation is reported under (SARIF, annotations, suppressions).
 * The IDs and the anchors in {@code docs/rules.md} must never change: alerts, suppression comments
 * and accepted entries refer to them.
 */
public enum Rule {
  ALTERED("quote-altered", "Altered quotation",
      "The quoted words differ from what the speaker said beyond the conventions of quoting."),
  MISATTRIBUTED("quote-misattributed", "Misattributed quotation",
      "The quoted words were said by someone other than the person the draft credits."),
  UNVERIFIED("quote-unverified", "Unverified quotation",
      "Nothing in the reference corpus is close enough to be the source of the quotation.");

  /** The project's home page. */
  public static final String HOME = "https://github.com/quotecheck/quotecheck";

  /** Where the rules are documented; each rule's section is its ID as anchor. */
  public static final String DEFAULT_DOCS = HOME + "/blob/main/docs/rules.md";

  private final String id;
  private final String title;
  private final String description;

  Rule(String id, String title, String description) {
    this.id = id;
    this.title = title;
    this.description = description;
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  /** The rule a verdict breaks, or empty for a verified quotation. */
  public static Optional<Rule> of(Verdict verdict) {
    if (verdict == null) {
      return Optional.empty();
    }
    return of(verdict.status());
  }

  public static Optional<Rule> of(Status status) {
    return switch (status) {
      case VERIFIED -> Optional.empty();
      case ALTERED -> Optional.of(ALTERED);
      case MISATTRIBUTED -> Optional.of(MISATTRIBUTED);
      case UNVERIFIED -> Optional.of(UNVERIFIED);
    };
  }

  public static Optional<Rule> byId(String id) {
    String lower = id.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.id.equals(lower)).findFirst();
  }

  public static List<String> ids() {
    return Arrays.stream(values()).map(Rule::id).toList();
  }
}
