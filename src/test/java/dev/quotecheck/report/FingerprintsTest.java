package dev.quotecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintsTest {

  @Test
  void normalisingIgnoresCaseQuoteMarksDashesAndWhiteSpace() {
    assertThat(Fingerprints.normalise("“We will NOT —  back down,”\n he")).isEqualTo("we will not back down he");
    assertThat(Fingerprints.normalise("\"We will not - back down,\" he")).isEqualTo("we will not back down he");
    assertThat(Fingerprints.normalise(null)).isEmpty();
  }

  @Test
  void alertFingerprintsDependOnWordsSpeakerAndRuleOnly() {
    String fp = Fingerprints.alert("We will not back down", "Dana Levi", "quote-altered");
    assertThat(Fingerprints.alert("“we will not  back down”", "dana levi", "quote-altered")).isEqualTo(fp);
    assertThat(Fingerprints.alert("We will now back down", "Dana Levi", "quote-altered")).isNotEqualTo(fp);
    assertThat(Fingerprints.alert("We will not back down", "Amir Cohen", "quote-altered")).isNotEqualTo(fp);
    assertThat(Fingerprints.alert("We will not back down", "Dana Levi", "quote-misattributed")).isNotEqualTo(fp);
    assertThat(Fingerprints.alert("We will not back down", null, "quote-altered")).isNotEqualTo(fp);
  }

  @Test
  void acceptedFingerprintsAlsoCoverTheSourceFileAndItsExactText() {
    String fp = Fingerprints.accepted("a mistake we can correct", "Dana Levi", "corpus/a.txt", "It was a mistake.");
    assertThat(fp).startsWith("v1:");
    assertThat(Fingerprints.accepted("A mistake we can correct.", "Dana Levi", "corpus\\a.txt", "It was a mistake."))
        .isEqualTo(fp);
    assertThat(Fingerprints.accepted("a mistake we can correct", "Dana Levi", "corpus/b.txt", "It was a mistake."))
        .isNotEqualTo(fp);
    assertThat(Fingerprints.accepted("a mistake we can correct", "Dana Levi", "corpus/a.txt", "It was a mistake!"))
        .isNotEqualTo(fp);
  }

  @Test
  void partsCannotRunIntoEachOther() {
    assertThat(Fingerprints.sha256("ab", "c")).isNotEqualTo(Fingerprints.sha256("a", "bc"));
  }
}
