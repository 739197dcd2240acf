package dev.quotecheck.report;

import dev.quotecheck.match.Severity;
import dev.quotecheck.match.Status;
import dev.quotecheck.match.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code --fail-on} threshold: which verdicts make {@code verify} exit 1.
 *
 * <p>Tokens, comma-separated, add up: {@code minor}, {@code major}, {@code critical} fail altered
 * quotations of at least that severity <em>and</em> misattributed ones (a wrong speaker is at
 * least as bad as any alteration); {@code altered:SEVERITY} fails altered quotations of at least
 * that severity only, and {@code altered} means {@code altered:minor};
 * {@code misattributed} and {@code unverified} fail those statuses; {@code none}, alone, fails
 * nothing. The default, {@code major}, is the contract's: misattributed, and altered major or
 * critical.
 *
 * @param alteredAt the least severity at which an altered quotation fails, or null for never
 * @param misattributed whether misattributed quotations fail
 * @param unverified whether unverified quotations fail
 */
public record FailOn(Severity alteredAt, boolean misattributed, boolean unverified) {

  public static final FailOn DEFAULT = new FailOn(Severity.MAJOR, true, false);
  public static final FailOn NONE = new FailOn(null, false, false);

  public FailOn {
    if (alteredAt == Severity.NONE) {
      throw new IllegalArgumentException("an altered quotation always has a severity above none");
    }
  }

  /**
   * Parses a {@code --fail-on} value.
   *
   * @throws IllegalArgumentException with a one-line message naming the bad token
   */
  public static FailOn parse(String spec) {
    if (spec == null || spec.isBlank()) {
      throw new IllegalArgumentException("--fail-on: empty value (use none, minor, major, critical,"
          + " altered[:SEVERITY], misattributed, unverified)");
    }
    Severity altered = null;
    boolean misattributed = false;
    boolean unverified = false;
    boolean none = false;
    String[] tokens = spec.split(",");
    for (String raw : tokens) {
      String token = raw.strip().toLowerCase(Locale.ROOT);
      switch (token) {
        case "none" -> none = true;
        case "minor", "major", "critical" -> {
          altered = lower(altered, Severity.valueOf(token.toUpperCase(Locale.ROOT)));
          misattributed = true;
        }
        case "altered", "altered:minor" -> altered = lower(altered, Severity.MINOR);
        case "altered:major" -> altered = lower(altered, Severity.MAJOR);
        case "altered:critical" -> altered = lower(altered, Severity.CRITICAL);
        case "misattributed" -> misattributed = true;
        case "unverified" -> unverified = true;
        default -> throw new IllegalArgumentException("--fail-on: unknown value '" + raw.strip()
            + "' (use none, minor, major, critical, altered[:SEVERITY], misattributed, unverified)");
      }
    }
    if (none && tokens.length > 1) {
      throw new IllegalArgumentException("--fail-on: 'none' cannot be combined with other values");
    }
    return new FailOn(altered, misattributed, unverified);
  }

  private static Severity lower(Severity current, Severity candidate) {
    return current == null || candidate.compareTo(current) < 0 ? candidate : current;
  }

  /** Whether this verdict is at or above the threshold; null (not verified) never fails. */
  public boolean fails(Verdict verdict) {
    if (verdict == null) {
      return false;
    }
    return switch (verdict.status()) {
      case VERIFIED -> false;
      case ALTERED -> alteredAt != null && verdict.severity().compareTo(alteredAt) >= 0;
      case MISATTRIBUTED -> misattributed;
      case UNVERIFIED -> unverified;
    };
  }

  /** Whether any top-level quotation of the report fails: {@code verify}'s exit code 1. */
  public boolean failsAny(Report report) {
    return report.documents().stream()
        .flatMap(d -> d.quotes().stream())
        .anyMatch(q -> fails(q.verdict()));
  }

  /** Whether some verdict of this status could fail. */
  public boolean covers(Status status) {
    return switch (status) {
      case VERIFIED -> false;
      case ALTERED -> alteredAt != null;
      case MISATTRIBUTED -> misattributed;
      case UNVERIFIED -> unverified;
    };
  }

  /** The canonical spelling, which {@link #parse} reads back to an equal value. */
  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    if (alteredAt != null && misattributed) {
      parts.add(alteredAt.id());
    } else {
      if (alteredAt != null) {
        parts.add("altered:" + alteredAt.id());
      }
      if (misattributed) {
        parts.add("misattributed");
      }
    }
    if (unverified) {
      parts.add("unverified");
    }
    return parts.isEmpty() ? "none" : String.join(",", parts);
  }
}
