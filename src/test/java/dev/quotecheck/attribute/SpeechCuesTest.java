package dev.quotecheck.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechCuesTest {
  private final SpeechCues cues = SpeechCues.standard();

  @Test
  void knowsSpeechVerbsWellBeyondSaid() {
    for (String v : List.of("said", "told", "added", "noted", "stressed", "emphasized", "argued", "admitted",
        "acknowledged", "insisted", "warned", "wrote", "tweeted", "commented", "stated", "explained", "asked",
        "replied", "recalled", "recommended", "spoke", "cried", "demurred", "surmised", "implied", "hinted", "speculated", "indicated", "talked", "Says")) {
      assertThat(cues.isVerb(v)).as(v).isTrue();
    }
    assertThat(cues.lemma("wrote")).isEqualTo("write");
    assertThat(cues.isVerb("walked")).isFalse();
    assertThat(cues.isVerb("post")).isFalse();
    assertThat(cues.isVerb("speaks")).isFalse(); // "that fact speaks volumes"
    assertThat(cues.isVerb("talks")).isFalse(); // "pep talks like “…”"
  }

  @Test
  void participlesAndPhrases() {
    assertThat(cues.isParticiple("adding")).isTrue();
    assertThat(cues.isParticiple("added")).isFalse();
    List<Token> t = RuleTokenizer.tokenize("he was quoted as saying", 0, 23);
    assertThat(cues.phraseAt(t, 2).label()).isEqualTo("quoted-as-saying");
    assertThat(cues.phraseAt(t, 0)).isNull();
  }
}
