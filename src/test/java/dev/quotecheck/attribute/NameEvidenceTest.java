package dev.quotecheck.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameEvidenceTest {
  private static Token word(String w) {
    return new Token(0, w.length(), w, null);
  }

  @Test
  void aWordCapitalisedInsideASentenceIsAName() {
    NameEvidence e = new NameEvidence("Contrary to the plan, the mayor met Rep. Black and Maria Espinoza’s aide."
        + "\n“It works,” Lind said. Talk grew.\n― Krystal Correa");
    assertThat(e.writtenAsName(word("Black"))).isTrue(); // after an abbreviation's dot
    assertThat(e.writtenAsName(word("Espinoza"))).isTrue(); // second word of a name, possessive dropped
    assertThat(e.writtenAsName(word("Lind"))).isTrue(); // after a closing quotation mark
    assertThat(e.writtenAsName(word("Krystal"))).isTrue(); // a credit after a dash
    assertThat(e.writtenAsName(word("Contrary"))).isFalse(); // opens the text
    assertThat(e.writtenAsName(word("Talk"))).isFalse(); // after a sentence's full stop
    assertThat(e.writtenAsName(word("Mayor"))).isFalse(); // written in lower case only
  }

  @Test
  void aWordInCapitalsAlwaysCounts() {
    NameEvidence e = new NameEvidence("Talk grew.\nOK. GOP: no.");
    assertThat(e.writtenAsName(word("OK"))).isTrue();
    assertThat(e.writtenAsName(word("GOP"))).isTrue();
    assertThat(e.writtenAsName(word("Ok"))).isFalse(); // the same word, not in capitals, has no evidence
  }

  @Test
  void aWordBeforeAnotherCapitalisedWordIsAFirstNameUnlessAParticiple() {
    NameEvidence e = new NameEvidence("Bernie Sanders spoke first.\nCelebrating Clinton’s win, they left.");
    assertThat(e.writtenAsName(word("Bernie"))).isTrue();
    assertThat(e.writtenAsName(word("Celebrating"))).isFalse();
    assertThat(e.writtenAsName(word("Clinton"))).isTrue();
  }

  @Test
  void theLastWordOfANameInsideASentenceIsASurname() {
    NameEvidence e = new NameEvidence("It failed, said Tom From, who ran it.\nChairman Jana Small left."
        + "\nThe New York office closed.\nSmall Business Week began.");
    assertThat(e.writtenAsSurname(word("From"))).isTrue();
    assertThat(e.writtenAsSurname(word("Small"))).isTrue(); // "Jana" follows the sentence's first word
    assertThat(e.writtenAsSurname(word("York"))).isTrue();
    assertThat(e.writtenAsSurname(word("Tom"))).isFalse(); // a first name, another capital follows
    assertThat(e.writtenAsSurname(word("Business"))).isFalse(); // "Small" opens its line
    assertThat(e.writtenAsSurname(word("It"))).isFalse();
  }
}
