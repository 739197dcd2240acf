package dev.quotecheck.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The right mention of a cue in the quotation's own sentence, where another mention is nearer or first. */
class OwnSentenceMentionTest {
  @Test
  void aNounWithABareNumberAsComplementIsOnePhrase() {
    Attribution a = Pipeline.first("Nadia Holm runs the shop. She said rents had doubled, and when asked why she stayed,"
        + " the 52-year-old father of two replied, “This is home.”");
    assertThat(a.mentionText()).isEqualTo("the 52-year-old father of two");
    assertThat(a.cue()).isEqualTo("replied");
  }

  @Test
  void anInfinitiveCueAfterItsGoverningVerbTakesThatVerbsSubject() {
    Attribution a = Pipeline.first("The harbor board met.\n\nBut much of the meeting was so quiet that Mayor Tomas Lind"
        + " was prompted to say, “So far, I cannot believe how civil it has been.”");
    assertThat(a.speaker()).isEqualTo("Tomas Lind");
    assertThat(a.cue()).isEqualTo("say");
  }

  @Test
  void aCueParticipleAfterACommaIsAVerbWhateverItsTag() {
    Attribution a = Pipeline.first("The rally began.\n\nLind protesters interrupted her speech, shouting “she wins, we lose!”");
    assertThat(a.mentionText()).isEqualTo("Lind protesters");
    assertThat(a.cue()).isEqualTo("shouting");
  }

  @Test
  void oneOfANumberIsNoSuchPhrase() {
    Attribution a = Pipeline.first("Two brothers ran the shop. He said one of three said, “Nothing changes.”");
    assertThat(a.mentionText()).isNotEqualTo("one of three");
  }

  @Test
  void aYearAfterInIsSteppedOverBeforeTheCue() {
    Attribution a = Pipeline.first("Lind has quarrelled with Brandt, who in 2019 said the goal was to make Lind a “one-term mayor.”");
    assertThat(a.mentionText()).isEqualTo("Brandt, who");
    assertThat(a.speaker()).isEqualTo("Brandt");
  }

  @Test
  void aPossessiveAfterANounClosesAnIntroductionWithoutComma() {
    Attribution a = Pipeline.first("Lind avoided the press. In Bergen his aides rewrote the plan, dropping the ferry and"
        + " replacing it with a line calling for “regular service.”");
    assertThat(a.mentionText()).isEqualTo("his aides");
  }

  @Test
  void aPossessiveAfterAnInfinitiveStaysInTheIntroduction() {
    assertThat(Introductions.subjectStart(RuleTokenizer.tokenize("In an attempt to make its point, the paper says", 0, 47)))
        .isEqualTo(8);
  }

  @Test
  void twoSentenceAdverbsBeforeASubjectOpenTheParticiplesClause() {
    Attribution a = Pipeline.first("Mr. Berg wrote a note, in which he took credit for the dam. And then Mr. Hale went on the"
        + " attack, saying, “Where was the mayor?”");
    assertThat(a.mentionText()).isEqualTo("Mr. Hale");
    assertThat(Introductions.subjectStart(RuleTokenizer.tokenize("But then she went on", 0, 20))).isEqualTo(2);
  }

  @Test
  void anAdverbGradingTheAdjectiveBelongsToTheDescription() {
    Attribution a = Pipeline.first("The famously gruff senator said, “We are here.”");
    assertThat(a.mentionText()).isEqualTo("The famously gruff senator");
    Attribution b = Pipeline.first("Berg has to step beyond these old harbour stories to tell his life. The deeply private"
        + " mayor started on Monday, saying he was “ready to listen.”");
    assertThat(b.mentionText()).isEqualTo("The deeply private mayor");
  }

  @Test
  void aWrittenThingAfterAPrepositionIsItsParticiplesSubject() {
    Attribution a = Pipeline.first("Lind came to the valley in the week after the paper's editorial telling her to visit “the flooded farms.”");
    assertThat(a.mentionText()).isEqualTo("the paper's editorial");
    Attribution b = Pipeline.first("The harbour office sent out a press release saying the quay was “safe for now.”");
    assertThat(b.mentionText()).isEqualTo("The harbour office");
  }

  @Test
  void aContractedHasAfterAPronounStandsBeforeTheCue() {
    Attribution a = Pipeline.first("Ivo Dahl came home. He's said many times since that it is “not about me.”");
    assertThat(a.cue()).isEqualTo("said");
    assertThat(a.mentionText()).isEqualTo("He");
  }

  @Test
  void aRelativeClauseOnTheOuterCuesObjectLeavesTheQuotationToTheOuterCue() {
    Attribution a = Pipeline.first("At the forum, Ola Brandt, the head of the guild, bluntly told a deckhand who suggested"
        + " that the guild was finished that “no pilot here has given up.”");
    assertThat(a.speaker()).isEqualTo("Ola Brandt");
    assertThat(a.cue()).isEqualTo("told");
  }

  @Test
  void aPassiveSpeechVerbWithoutAgentIsNoCue() {
    Attribution a = Pipeline.first("The ministry admitted on Monday that “classified” files were found on the laptop.");
    assertThat(a.mentionText()).isEqualTo("The ministry");
  }

  @Test
  void aPassiveSpeechVerbWithItsAgentCreditsTheAgent() {
    Attribution a = Pipeline.first("“Harbor Lights” was written by Ola Brandt after the storm.");
    assertThat(a.speaker()).isEqualTo("Ola Brandt");
  }

  @Test
  void anSWordAfterACountedNameIsANoun() {
    Attribution a = Pipeline.first("The ministry has said that 22 Holm emails were “secret” and will stay sealed.");
    assertThat(a.mentionText()).isEqualTo("The ministry");
  }

  @Test
  void aSubordinatorRightAfterANamedCueOpensAClauseOfItsOwn() {
    Attribution a = Pipeline.first("Ola Brandt tweeted after Eva Holm argued on Monday that “the ferries pay for themselves.”");
    assertThat(a.speaker()).isEqualTo("Eva Holm");
  }

  @Test
  void aRelativeClauseWithoutCommasBetweenSubjectAndCueIsSteppedOver() {
    Attribution a = Pipeline.first("A woman who works at the cannery said the closure was “a disaster for the town.”");
    assertThat(a.mentionText()).isEqualTo("A woman");
  }

  @Test
  void aRelativeClauseOnANamedObjectKeepsItsOwnQuotation() {
    Attribution a = Pipeline.first("Lena Vik praised Ola Brandt, who has vowed to stay because of the town’s “quiet decency.”");
    assertThat(a.speaker()).isEqualTo("Ola Brandt");
  }

  @Test
  void anInvertedCueWithAnAppositiveOutranksACueJustBeforeTheQuotation() {
    Attribution a = Pipeline.first("If the port is failing, as the mayor denies, “we must act now,” said Ola Brandt, a former pilot.");
    assertThat(a.speaker()).isEqualTo("Ola Brandt");
    assertThat(a.cue()).isEqualTo("said");
  }

  @Test
  void anInfinitiveCueAfterAPrepositionsObjectDoesNotCreditTheObject() {
    Attribution a = Pipeline.first("The auditor pointed to a 2019 memo to argue that the fund was “never solvent.”");
    assertThat(a.mentionText()).isEqualTo("The auditor");
  }

  @Test
  void anOccasionWithAPossessiveBetweenSubjectAndCueIsSteppedOver() {
    Attribution a = Pipeline.first("Lind in his farewell speech called the harbor “the heart of this town.”");
    assertThat(a.mentionText()).isEqualTo("Lind");
  }

  @Test
  void aCueWordTaggedAsANounIsNoMainClauseCueForAParticiple() {
    Attribution a = Pipeline.first("Mayor Lena Ortiz sent out a fundraising call following the vote, asking voters to"
        + " “give five dollars for the quay.”");
    assertThat(a.speaker()).isEqualTo("Lena Ortiz");
  }

  @Test
  void aParticipleAfterACommaSharesTheSubjectOfTheParticipleBeforeIt() {
    Attribution a = Pipeline.first("I remember Mayor Tomas Lind going on the radio on May 2, 1987, declaring a “holy war”"
        + " against the mainland ferry company.");
    assertThat(a.mentionText()).isEqualTo("Mayor Tomas Lind");
    assertThat(a.cue()).isEqualTo("declaring");
  }

  @Test
  void aParticipleAfterAClauseOpenedMidSentenceTakesThatClausesSubject() {
    Attribution a = Pipeline.first("Mayor Lena Ortiz spoke at the pier, where about 30 dockers had gathered that morning,"
        + " chanting “no quay, no vote” at the boats.");
    assertThat(a.mentionText()).isEqualTo("about 30 dockers");
    Attribution b = Pipeline.attribute("“Is it Tuesday?” Mayor Lena Ortiz asks as a ferry clerk walks past the desk, saying"
        + " she is “here to collect the tickets.”").get(1);
    assertThat(b.mentionText()).isEqualTo("a ferry clerk");
  }

  @Test
  void aParticipleAfterAsWithoutAFiniteVerbKeepsTheMainSubject() {
    Attribution a = Pipeline.first("Mayor Lena Ortiz recalled her years as mayor representing the island, saying"
        + " “we rebuilt the pier together.”");
    assertThat(a.speaker()).isEqualTo("Lena Ortiz");
  }

  @Test
  void aNameAfterAPersonDescribedByAThingNamesTheThing() {
    Attribution a = Pipeline.first("Marta Lindqvist, the editor of the harbor's weekly paper, The Quay Gazette, said every"
        + " mayor was “both a sailor and a clerk.”");
    assertThat(a.mentionText()).isEqualTo("Marta Lindqvist");
    Attribution b = Pipeline.first("The paper's editor, Marta Lindqvist, said every mayor was “both a sailor and a clerk.”");
    assertThat(b.speaker()).isEqualTo("Marta Lindqvist");
  }

  @Test
  void aPronounAndANameAfterAParticiplesThatAreTheReportedClausesSubject() {
    Attribution a = Pipeline.first("Clara Voss pushed back on Thursday, saying the plan was sound – and arguing that she"
        + " and Ortiz shared “the same views on the quay.”");
    assertThat(a.speaker()).isEqualTo("Clara Voss");
    assertThat(a.cue()).isEqualTo("arguing");
  }

  @Test
  void aPhraseAfterSaidThatItsOwnVerbFollowsIsNoInvertedSpeaker() {
    Attribution a = Pipeline.first("Looking ahead, Mr. Kowalski was joined by Rick Wiley. Mr. Kowalski, citing “the unique"
        + " magic of Lind,” said the candidate could be in a very competitive situation.");
    assertThat(a.mentionText()).isEqualTo("Mr. Kowalski");
  }

  @Test
  void aFiniteVerbCoordinatedAfterAnInfinitiveCueLeavesTheQuotationToTheOuterCue() {
    Attribution a = Pipeline.first("Greta Holm said she would like Mayor Lind to further explain his ferry plan but backs"
        + " his campaign because there is “no doubt” he loves the harbor.");
    assertThat(a.speaker()).isEqualTo("Greta Holm");
  }

  @Test
  void aPersonsClauseOpenedBySubordinatorAfterANamedCueHasItsOwnQuotation() {
    Attribution a = Pipeline.attribute("“There is a young man with a question,” Mayor Lena Lind said as the heckler shouted:"
        + " “Resign now!”").get(1);
    assertThat(a.mentionText()).isEqualTo("the heckler");
  }

  @Test
  void aParticipleAfterAndGoesOnFromTheParticipleBeforeTheEarlierQuotation() {
    Attribution a = Pipeline.attribute("Harbor officials were quick to respond, with Mayor Tomas Lind tweeting that it was a"
        + " “disgrace” for the town and asking, “Who will pay for the quay?”").get(1);
    assertThat(a.speaker()).isEqualTo("Tomas Lind");
  }

  @Test
  void aParticipleInsideAFiniteSubordinateClauseOpeningTheSentenceTakesItsSubject() {
    Attribution a = Pipeline.first("When Mayor Tomas Lind tried to defend his remarks calling the ferry board “lazy” at the"
        + " hearing, Clara Voss forcefully objected.");
    assertThat(a.speaker()).isEqualTo("Tomas Lind");
  }
}
