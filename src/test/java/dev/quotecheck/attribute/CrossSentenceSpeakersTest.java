package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.Pipeline.attribute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Speakers found across a sentence or a paragraph: pronouns, clause subjects, introductions. */
class CrossSentenceSpeakersTest {
  @Test
  void aPronounOpeningTheReportedClauseOfANamedCueGivesWayToTheName() {
    List<Attribution> a = attribute("Harbor commissioner Ingrid Voss spoke on Monday.\n\n"
        + "Voss agreed to a call, but only to tell the mayor that she won’t agree to “another perfunctory"
        + " meeting about the pier.”\n\nThe vote was delayed. She said later, “We will meet in March.”");
    assertThat(a.get(0).mentionText()).isEqualTo("Voss");
    assertThat(a.get(0).speaker()).isEqualTo("Ingrid Voss");
    assertThat(a.get(1).mentionText()).isEqualTo("She");
    assertThat(a.get(1).speaker()).isEqualTo("Ingrid Voss");
  }

  @Test
  void aSpeechVerbAfterACommaTakesTheNameFollowingIt() {
    List<Attribution> a = attribute("The vote was close.\n\n"
        + "Because of how the council drew the map, explained Lars Rosenberg, “there is no time left.”\n\n"
        + "In other words, asked moderator Nancy Cordes: “What does that have to do with the ferry?”\n\n"
        + "Because of the map, explained the ferry, a relic, “nothing.”");
    assertThat(a.get(0).speaker()).isEqualTo("Lars Rosenberg");
    assertThat(a.get(0).cue()).isEqualTo("explained");
    assertThat(a.get(1).mentionText()).isEqualTo("moderator Nancy Cordes");
    assertThat(a.get(2).mentionText()).isNotEqualTo("the ferry"); // more than the subject before the comma
  }

  @Test
  void aParentheticalCueAndNameInsideTheClauseCreditTheName() {
    List<Attribution> a = attribute("The trouble with the ferry, says harbor historian Carl Anthony, author of two books"
        + " on the island, is that it was “always the last boat home.”");
    assertThat(a.get(0).speaker()).isEqualTo("Carl Anthony");
    assertThat(a.get(0).cue()).isEqualTo("says");
  }

  @Test
  void theWordsOfAQuotationOpeningItsSentenceAreNoReportersWords() {
    List<Attribution> a = attribute("Nils Berg told the paper he has had hundreds of letters from the mainland.\n\n"
        + "“I’m in disbelief,” he said. “I wish everyone from Brekkvik Harbor could read them.”\n\n"
        + "“Don’t wait for the ferry to fail! Come now.”");
    assertThat(a.get(2).speaker()).isEqualTo("Nils Berg"); // not "Brekkvik Harbor", subject of the quoted "read"
  }

  @Test
  void aQuotationCarriedOnSkipsASentenceWhoseSubjectIsAThing() {
    List<Attribution> a = attribute("Harbor director Ingrid Voss spoke on Monday about the toll law."
        + " The legislation also bans night crossings.\n\n"
        + "“The law is the law. But a right you cannot use is no right.”\n\n"
        + "The council met on Tuesday. A resident of the island stood up first.\n\n"
        + "“We pay twice for every crossing.”");
    assertThat(a.get(0).speaker()).isEqualTo("Ingrid Voss"); // not "The legislation"
    assertThat(a.get(1).mentionText()).isEqualTo("A resident"); // a person noun stays
  }

  @Test
  void anUncuedQuotationTakesTheNamedSubjectAfterAnIntroductoryPhrase() {
    List<Attribution> a = attribute("The debate ran late.\n\n"
        + "At one point, Councilman Piet Olsen coached the mayor to “breathe, breathe and count to ten.”\n\n"
        + "In Brekkvik, the weather was “grey and wet all week.”");
    assertThat(a.get(0).mentionText()).isEqualTo("Councilman Piet Olsen");
    assertThat(a.get(0).speaker()).isEqualTo("Piet Olsen");
    assertThat(a.get(1).mention()).isNull(); // a description opening the clause is no speaker
    List<Attribution> longer = attribute("In one long exchange between Mayor Tomas Lind and his chief of staff Ole Berg"
        + " in April 2012, Berg forwards an email with the subject line “Pier gone under again!” to the council.");
    assertThat(longer.get(0).speaker()).isEqualTo("Ole Berg");
  }

  @Test
  void anUncuedQuotationTakesTheDescriptionOpeningItsSentenceButNotOverAPronoun() {
    List<Attribution> a = attribute("The pier has been closed since March.\n\n"
        + "The Lind campaign projects that “a toll of a fraction of a krone” would pay for it.\n\n"
        + "Councilwoman Eva Holm opposed the toll.\n\n"
        + "The comments came in answer to her claim that she “never saw the engineers’ report.”\n\n"
        + "Mayor Tomas Lind supports “a toll on every crossing” this year.");
    assertThat(a.get(0).mentionText()).isEqualTo("The Lind campaign");
    assertThat(a.get(1).speaker()).isEqualTo("Eva Holm");
    assertThat(a.get(2).mentionText()).isEqualTo("Mayor Tomas Lind"); // "supports" is the verb
    assertThat(a.get(2).speaker()).isEqualTo("Tomas Lind");
  }

  @Test
  void aLowerCasePronounAfterAnIntroductionIsTheOwnSentencesSubject() {
    List<Attribution> a = attribute("Councilwoman Eva Holm spoke last.\n\n"
        + "The toll was a sticking point. Hours later, she had voted for the bridge from “the perspective of a"
        + " mayor who has seen the harbor flood every winter.”");
    assertThat(a.get(0).mentionText()).isEqualTo("she");
    assertThat(a.get(0).speaker()).isEqualTo("Eva Holm");
    List<Attribution> plural = attribute("The fishermen met at noon.\n\n"
        + "The toll was a sticking point. Hours later, they had voted for the bridge from “the perspective of a"
        + " town that has seen the harbor flood every winter.”");
    assertThat(plural.get(0).mentionText()).isEqualTo("they");
  }

  @Test
  void aDescriptionBeforeARelativeClauseOrASubordinatedQuotationIsNoSpeaker() {
    List<Attribution> a = attribute("The pier has been closed since March.\n\n"
        + "The old timetable, which had hung there since 1990, was swapped for a board marked “Service on this"
        + " line is suspended until the pier reopens in the spring.”\n\n"
        + "Good planning can still save the pier, but only when “the money comes before the winter.”\n\n"
        + "The harbor board, a body of five, wants “a new pier by May.”");
    assertThat(a.get(0).mention()).isNull();
    assertThat(a.get(1).mention()).isNull();
    assertThat(a.get(2).mentionText()).isEqualTo("The harbor board"); // an appositive, no relative clause
  }

  @Test
  void aClosedQuotationIsNotCreditedByTheNextSentencesCueBeforeAnotherQuotation() {
    List<Attribution> a = attribute("“We are trying to keep the harbor open,” Mayor Lise Dahl said. “We are not giving up"
        + " on the fishermen.” The north pier, she said, was “where the whole town began.”");
    assertThat(a.get(1).mentionText()).isEqualTo("Mayor Lise Dahl");
    assertThat(a.get(1).construction()).isEqualTo("continuation");
    assertThat(a.get(2).mentionText()).isEqualTo("she");
    assertThat(a.get(2).speaker()).isEqualTo("Lise Dahl");
  }

  @Test
  void aCapitalisedModalBeforeAPastSpeechVerbIsAName() {
    List<Attribution> a = attribute("“The council will potentially send a ferry to nowhere. This might end the plan,”"
        + " Will wrote.\n\nLater, Will described the plan as “a caricature of good government.”");
    assertThat(a.get(0).speaker()).isEqualTo("Will");
    assertThat(a.get(1).mentionText()).isEqualTo("Will");
  }

  @Test
  void aContinuationTakesTheNearestPronounCueButNotADeniedOne() {
    List<Attribution> a = attribute("“The ferry is always late,” said Gloria Holm, a nurse. She says people should choose"
        + " their own boat. “It is nobody’s business which boat I take.”\n\n“We had problems,” Mayor Tomas Lind said."
        + " He didn’t suggest a fix. “Our goal is not to start a fight.”");
    assertThat(a.get(1).mentionText()).isEqualTo("She");
    assertThat(a.get(1).speaker()).isEqualTo("Gloria Holm");
    assertThat(a.get(3).mentionText()).isEqualTo("Mayor Tomas Lind");
  }

  @Test
  void wholeSentenceQuotationsOneAfterTheOtherGoOnWithTheFirstOnesSpeaker() {
    List<Attribution> a = attribute("Harbor commissioner Ingrid Voss spoke only in vague terms at the meeting.\n\n"
        + "“We have to do something about the pier and it is the only way.”\n\n"
        + "“We have to be a lot tougher with the ferry company.”\n\n"
        + "“We are not fighting the storms hard enough.”\n\n"
        + "For the fishermen, there was some relief.\n\n"
        + "“Nobody has asked us about the pier in ten years.”");
    assertThat(a.get(0).speaker()).isEqualTo("Ingrid Voss");
    assertThat(a.get(1).speaker()).isEqualTo("Ingrid Voss");
    assertThat(a.get(2).speaker()).isEqualTo("Ingrid Voss");
    assertThat(a.get(3).speaker()).isNull();
  }

  @Test
  void aQuantifierStandingAloneAfterTheCueIsTheSpeakerNotTheSentenceBefore() {
    List<Attribution> a = attribute("Dozens of fishermen wrote to Mayor Ingrid Voss, and Lars Rosenberg read the letters aloud.\n\n"
        + "“The pier is a disgrace,” wrote one.\n\n“Nobody listens to us,” added another.\n\n"
        + "“We will sail anyway,” said one fisherman from the north.");
    assertThat(a.get(0).mentionText()).isEqualTo("one");
    assertThat(a.get(0).cue()).isEqualTo("wrote");
    assertThat(a.get(1).mentionText()).isEqualTo("another");
    assertThat(a.get(2).mentionText()).isEqualTo("one fisherman");
  }

  @Test
  void aClosedQuotationIsNotCreditedByABareCueIntroducingTheNextQuotation() {
    List<Attribution> a = attribute("Mayor Lise Dahl opened the meeting.\n\nThe visitor from the islands ended on a"
        + " “common interest in keeping our harbor safe.” He pledged “cooperation” on the ferry.");
    assertThat(a.get(0).mentionText()).isNotEqualTo("He");
    assertThat(a.get(1).mentionText()).isEqualTo("He");
  }

  @Test
  void quotedAsSayingAfterTheQuotationCreditsTheNameBeforeItNotTheSpeakerBefore() {
    List<Attribution> a = attribute("Mayor Lise Dahl opened the meeting.\n\n"
        + "“Our ferry runs where others fail,” Ole Berg is quoted as saying. “We never wait for the tide.”");
    assertThat(a.get(0).speaker()).isEqualTo("Ole Berg");
    assertThat(a.get(0).construction()).isEqualTo("quoted-as-saying");
    assertThat(a.get(1).speaker()).isEqualTo("Ole Berg");
  }

  @Test
  void aCarriedOnQuotationStaysWithTheCueThatReportsAClauseNotACueInsideIt() {
    List<Attribution> a = attribute("“We sail at dawn,” Councilwoman Eva Holm said.\n\n"
        + "Holm also noted that Mayor Tomas Lind and the harbor master have shown they can agree on a timetable.\n\n"
        + "“The ferry will sail on time, and the crews will be paid for every hour.”");
    assertThat(a.get(1).speaker()).isEqualTo("Eva Holm");
    assertThat(a.get(1).mentionText()).isEqualTo("Holm");
  }

  @Test
  void aRunOnQuotationKeepsTheVoiceBeforeItNotTheHeCueAfterItsLastParagraph() {
    List<Attribution> a = attribute("Harbour master Ole Berg has worked the docks for thirty years.\n\n"
        + "“The winters are harder now,” Berg said. “The ice comes earlier and the boats are older.\n\n"
        + "“We patch them every spring,” he said. “Nobody pays for new ones.”");
    assertThat(a.get(1).mentionText()).isEqualTo("Berg");
    assertThat(a.get(1).construction()).isEqualTo("continuation");
    assertThat(a.get(2).mentionText()).isEqualTo("he");
  }

  @Test
  void aQuotedAsideInTheSentenceOfACreditedQuotationDoesNotTakeOverTheRun() {
    List<Attribution> a = attribute("Mayor Tomas Lind wants to sell the old ferry.\n\n“Is the ferry for sale?” asked "
        + "Councilwoman Eva Holm, referring to the mayor’s push for what he calls a “fair” price. “The answer is no.”");
    assertThat(a.get(1).mentionText()).isEqualTo("he");
    assertThat(a.get(2).speaker()).isEqualTo("Eva Holm");
    assertThat(a.get(2).construction()).isEqualTo("continuation");
  }
}
