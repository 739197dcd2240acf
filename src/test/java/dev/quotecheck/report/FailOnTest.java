package dev.quotecheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quotecheck.match.Severity;
import dev.quotecheck.match.Status;
import dev.quotecheck.match.Verdict;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class FailOnTest {

  static Verdict verdict(Status status, Severity severity) {
    return new Verdict(status, severity, 0.5, null, List.of(), List.of());
  }

  @Test
  void defaultFailsMisattributedAndMajorOrCriticalAlterationsOnly() {
    FailOn f = FailOn.DEFAULT;
    assertThat(f.fails(verdict(Status.MISATTRIBUTED, Severity.NONE))).isTrue();
    assertThat(f.fails(verdict(Status.ALTERED, Severity.CRITICAL))).isTrue();
    assertThat(f.fails(verdict(Status.ALTERED, Severity.MAJOR))).isTrue();
    assertThat(f.fails(verdict(Status.ALTERED, Severity.MINOR))).isFalse();
    assertThat(f.fails(verdict(Status.UNVERIFIED, Severity.NONE))).isFalse();
    assertThat(f.fails(verdict(Status.VERIFIED, Severity.NONE))).isFalse();
    assertThat(f.fails(null)).isFalse();
    assertThat(FailOn.parse("major")).isEqualTo(f);
  }

  @Test
  void tokensAddUp() {
    FailOn f = FailOn.parse("minor, unverified");
    assertThat(f.fails(verdict(Status.ALTERED, Severity.MINOR))).isTrue();
    assertThat(f.fails(verdict(Status.UNVERIFIED, Severity.NONE))).isTrue();
    assertThat(f.fails(verdict(Status.MISATTRIBUTED, Severity.NONE))).isTrue();

    FailOn onlyUnverified = FailOn.parse("unverified");
    assertThat(onlyUnverified.fails(verdict(Status.UNVERIFIED, Severity.NONE))).isTrue();
    assertThat(onlyUnverified.fails(verdict(Status.MISATTRIBUTED, Severity.NONE))).isFalse();
    assertThat(onlyUnverified.fails(verdict(Status.ALTERED, Severity.CRITICAL))).isFalse();

    FailOn critical = FailOn.parse("CRITICAL");
    assertThat(critical.fails(verdict(Status.ALTERED, Severity.MAJOR))).isFalse();
    assertThat(critical.fails(verdict(Status.ALTERED, Severity.CRITICAL))).isTrue();

    FailOn alteredMajor = FailOn.parse("altered:major");
    assertThat(alteredMajor.fails(verdict(Status.ALTERED, Severity.MAJOR))).isTrue();
    assertThat(alteredMajor.fails(verdict(Status.MISATTRIBUTED, Severity.NONE))).isFalse();
  }

  @Test
  void failsAnyDecidesTheExitCode() throws Exception {
    assertThat(FailOn.DEFAULT.failsAny(ReportFixtures.sample())).isTrue();
    assertThat(FailOn.NONE.failsAny(ReportFixtures.sample())).isFalse();
    assertThat(FailOn.parse("altered:critical").failsAny(ReportFixtures.sample())).isTrue();
    assertThat(FailOn.parse("minor").failsAny(new Report(true, List.of(), List.of("a.md: no such file")))).isFalse();
  }

  @Test
  void noneFailsNothing() {
    FailOn none = FailOn.parse("none");
    for (Status s : Status.values()) {
      for (Severity sev : Severity.values()) {
        assertThat(none.fails(verdict(s, sev))).isFalse();
      }
    }
    assertThat(none).isEqualTo(FailOn.NONE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "major", "minor,unverified", "misattributed", "altered:major,unverified",
      "altered:critical", "critical,unverified", "unverified"})
  void canonicalSpellingReadsBack(String spec) {
    FailOn f = FailOn.parse(spec);
    assertThat(FailOn.parse(f.toString())).isEqualTo(f);
  }

  @Test
  void badValuesSayWhichOneInOneLine() {
    assertThatThrownBy(() -> FailOn.parse("major,severe"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'severe'")
        .hasMessageNotContaining("\n");
    assertThatThrownBy(() -> FailOn.parse("none,major")).hasMessageContaining("none");
    assertThatThrownBy(() -> FailOn.parse(" ")).hasMessageContaining("empty");
  }
}
