package dev.quotecheck.report;

import dev.quotecheck.match.Severity;
import dev.quotecheck.match.Verdict;

/**
 * How loudly a finding is reported. At or above the {@code --fail-on} threshold it is an error,
 * so the annotations agree with the exit code; below it, the severity decides: a wrong speaker or
 * a major or critical alteration is a warning, a minor alteration or a missing source a note.
 */
public enum Level {
  ERROR,
  WARNING,
  NOTE;

  public static Level of(Verdict verdict, FailOn failOn) {
    if (failOn.fails(verdict)) {
      return ERROR;
    }
    return switch (verdict.status()) {
      case MISATTRIBUTED -> WARNING;
      case ALTERED -> verdict.severity().compareTo(Severity.MAJOR) >= 0 ? WARNING : NOTE;
      case VERIFIED, UNVERIFIED -> NOTE;
    };
  }

  /** SARIF's {@code rank} (0..100): how much the finding matters, for sorting in dashboards. */
  public static int rank(Verdict verdict) {
    return switch (verdict.status()) {
      case MISATTRIBUTED -> 80;
      case ALTERED -> switch (verdict.severity()) {
        case CRITICAL -> 90;
        case MAJOR -> 70;
        case MINOR, NONE -> 40;
      };
      case UNVERIFIED -> 20;
      case VERIFIED -> 0;
    };
  }
}
