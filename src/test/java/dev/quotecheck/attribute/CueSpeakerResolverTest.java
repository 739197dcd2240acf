package dev.quotecheck.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.extract.Extraction;
import dev.quotecheck.extract.Quotation;
import dev.quotecheck.extract.QuoteKind;
import dev.quotecheck.text.Document;
import dev.quotecheck.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The resolver on hand-made extractions (one sentence per paragraph, curly double marks), so that
 * these tests do not depend on the extractor.
 */
class CueSpeakerResolverTest {
  private static final Pattern QUOTE = Pattern.compile("“([^”]*)”");

  private record Run(Document doc, Extraction extraction, Map<Quotation, Attribution> result) {
    Attribution at(int i) {
      return result.get(extraction.quotes().get(i));
    }
  }

  /** Paragraphs split at blank lines; quotations of three words or fewer after "so-called" are scare quotes. */
  private static Run resolve(String text) {
    Document doc = Document.plain("t.txt", text);
    List<Span> paragraphs = new ArrayList<>();
    int from = 0;
    for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", from)) {
      paragraphs.add(new Span(from, i));
      from = i + 2;
    }
    paragraphs.add(new Span(from, text.length()));
    List<Quotation> quotes = new ArrayList<>();
    for (Span p : paragraphs) {
      Matcher m = QUOTE.matcher(text).region(p.start(), p.end());
      while (m.find()) {
        QuoteKind kind = text.substring(Math.max(0, m.start() - 11), m.start()).contains("so-called")
            ? QuoteKind.SCARE : QuoteKind.PARTIAL;
        quotes.add(new Quotation(new Span(m.start(1), m.end(1)), new Span(m.start(), m.end()), m.group(1), kind,
            p, List.of(), List.of()));
      }
    }
    Extraction e = new Extraction(paragraphs, paragraphs, quotes);
    return new Run(doc, e, new CueSpeakerResolver().resolve(doc, e));
  }

  @Test
  void attributionAfterTheQuotation() {
    Run r = resolve("“We are ready,” Defense Minister Benny Gantz said on Friday.");
    Attribution a = r.at(0);
    assertThat(a.speaker()).isEqualTo("Benny Gantz");
    assertThat(a.mentionText()).isEqualTo("Defense Minister Benny Gantz");
    assertThat(a.mention().of(r.doc().text())).isEqualTo(a.mentionText());
    assertThat(a.cue()).isEqualTo("said");
    assertThat(a.construction()).isEqualTo("quote-x-said");
    assertThat(a.confidence()).isGreaterThan(0.8);
  }

  @Test
  void invertedAndSplit() {
    Run r = resolve("“Prices will fall,” said Finance Minister Arjun Mehta, “but not soon.”");
    assertThat(r.at(0).construction()).isEqualTo("quote-said-x");
    assertThat(r.at(0).speaker()).isEqualTo("Arjun Mehta");
    assertThat(r.at(1).construction()).isEqualTo("split");
    assertThat(r.at(1).speaker()).isEqualTo("Arjun Mehta");
  }

  @Test
  void toldThatAndAccordingTo() {
    Run r = resolve("Okafor told reporters that the council was “out of patience.”\n\n"
        + "According to the fire service, “nobody was hurt.”");
    assertThat(r.at(0).construction()).isEqualTo("x-told-that");
    assertThat(r.at(0).cue()).isEqualTo("told");
    assertThat(r.at(1).construction()).isEqualTo("according-to");
    assertThat(r.at(1).speaker()).isEqualTo("fire service");
  }

  @Test
  void appositiveBetweenSubjectAndVerb() {
    Run r = resolve("A senior defense official, speaking on condition of anonymity, said the drill was “routine.”");
    assertThat(r.at(0).mentionText()).isEqualTo("A senior defense official");
    assertThat(r.at(0).speaker()).isEqualTo("senior defense official");
  }

  @Test
  void pronounSkipsCaptionsAndIncompatibleGender() {
    Run r = resolve("Interior Minister Dana Kessler said she would decide soon.\n\n"
        + "Governor Paul Amsel (left) greets Dana Kessler (right) in the capital. (Lia Brandt / Staff)\n\n"
        + "“The trucks are ready,” she said.");
    assertThat(r.at(0).speaker()).isEqualTo("Dana Kessler");
    assertThat(r.at(0).mentionText()).isEqualTo("she");
    assertThat(r.at(0).construction()).isEqualTo("pronoun");
  }

  @Test
  void unresolvablePronounKeepsItsMentionWithoutASpeaker() {
    Run r = resolve("“It is late,” he said.");
    assertThat(r.at(0).speaker()).isNull();
    assertThat(r.at(0).mentionText()).isEqualTo("he");
    assertThat(r.at(0).confidence()).isLessThan(0.5);
  }

  @Test
  void surnameAndRoleResolveToTheFullName() {
    Run r = resolve("Defense Minister Avi Levin met the committee.\n\n“We are prepared,” Levin said.\n\n"
        + "The defense minister said the budget was “tight.”");
    assertThat(r.at(0).speaker()).isEqualTo("Avi Levin");
    assertThat(r.at(1).speaker()).isEqualTo("Avi Levin");
    assertThat(r.at(1).mentionText()).isEqualTo("The defense minister");
  }

  @Test
  void continuationAcrossParagraphs() {
    Run r = resolve("“The harvest was good,” farmer Ana Ruiz said.\n\n“Next year we plant more wheat.”");
    assertThat(r.at(1).speaker()).isEqualTo("Ana Ruiz");
    assertThat(r.at(1).construction()).isEqualTo("continuation");
    assertThat(r.at(1).cue()).isNull();
  }

  @Test
  void continuationKeepsTheQuotedSpeakerOverACueInASideClause() {
    Run r = resolve("“The bridge opens in May,” engineer Tomas Holm said, after Governor Rita Alm confirmed "
        + "the funds.\n\n“It will carry trains as well.”");
    assertThat(r.at(0).speaker()).isEqualTo("Tomas Holm");
    assertThat(r.at(1).speaker()).isEqualTo("Tomas Holm");
    assertThat(r.at(1).construction()).isEqualTo("continuation");
  }

  @Test
  void timePhraseBetweenSubjectAndCueIsSteppedOver() {
    Run r = resolve("Gov. Ruth Alder, the state's first governor from the coast, on Tuesday called the plan "
        + "“a gift to the shipping lines.”\n\nThe pilots’ guild this week published a letter calling it “a shame.”"
        + "\n\nCouncilwoman Eva Holm on Tuesday night warned of “a hard winter.”");
    assertThat(r.at(0).speaker()).isEqualTo("Ruth Alder");
    assertThat(r.at(0).mentionText()).isEqualTo("Gov. Ruth Alder");
    assertThat(r.at(1).mentionText()).isEqualTo("The pilots’ guild");
    assertThat(r.at(2).speaker()).isEqualTo("Eva Holm");
  }

  @Test
  void headlineCreditInTitleCaseButNotANameEndingInS() {
    Run r = resolve("Ferry Fares “Will Not Rise,” Island Treasurer Anna Holm Says.\n\n"
        + "Mayor Lind said the ruling of the judge, Eva Berg of United States District Court, was “a surprise.”");
    assertThat(r.at(0).speaker()).isEqualTo("Anna Holm");
    assertThat(r.at(0).cue()).isEqualTo("Says");
    assertThat(r.at(1).speaker()).isEqualTo("Lind");
    assertThat(r.at(1).cue()).isEqualTo("said");
  }

  @Test
  void aClosedQuotationIsNotCreditedByTheNextSentence() {
    Run r = resolve("“The pier is safe,” engineer Tomas Holm said. “It was built to last.” The repairs cost more "
        + "than planned, treasurer Eva Berg told the council.\n\n“We are ready.” Holm said.");
    assertThat(r.at(1).speaker()).isEqualTo("Tomas Holm");
    assertThat(r.at(2).speaker()).isEqualTo("Tomas Holm");
    assertThat(r.at(2).cue()).isEqualTo("said");
  }

  @Test
  void aQuotationInsideAnIntroductionIsCreditedToTheSubjectAfterIt() {
    Run r = resolve("Ole Berg opened the meeting.\n\nAfter calling the bridge “a risk to us all,” Eva Lind left the room.");
    assertThat(r.at(0).speaker()).isEqualTo("Eva Lind");
    assertThat(r.at(0).cue()).isEqualTo("calling");
  }

  @Test
  void scareQuotesAndUncreditedQuotationsGetNobody() {
    Run r = resolve("The so-called “reform” was dropped.\n\nThe shop stayed “closed for winter” all year.");
    assertThat(r.at(0).speaker()).isNull();
    assertThat(r.at(0).construction()).isEqualTo("scare");
    assertThat(r.at(0).confidence()).isLessThan(0.3);
    assertThat(r.at(1).speaker()).isNull();
    assertThat(r.at(1).mention()).isNull();
  }

  @Test
  void everyQuotationGetsAnAttribution() {
    Run r = resolve("“One,” Ann said. “Two.”\n\nNo quotes here.\n\n“Three” — Bob Marsh");
    assertThat(r.result()).hasSize(r.extraction().quotes().size());
    assertThat(r.at(2).construction()).isEqualTo("dash");
    assertThat(r.at(2).speaker()).isEqualTo("Bob Marsh");
  }

  @Test
  void aWordThatOnlyOpensSentencesIsNoSpeaker() {
    Run r = resolve("Councilwoman Nora Black opened the hearing.\n\n"
        + "Contrary to the treasurer’s promise that the fund would “pay for itself,” the deficit grew.\n\n"
        + "Black said the harbor needed “a real plan.”\n\n"
        + "Someone called the budget a “quiet revolution.”\n\n"
        + "Talk compared to “a shotgun wedding” followed the vote.");
    assertThat(r.at(0).mentionText()).isEqualTo("the treasurer"); // the promise's owner, not "Contrary"
    assertThat(r.at(1).speaker()).isEqualTo("Nora Black");
    assertThat(r.at(2).mentionText()).isEqualTo("Someone");
    assertThat(r.at(3).mention()).isNull(); // not "Talk"
  }

  @Test
  void aSurnameOpeningTheOnlySentenceStaysASpeaker() {
    // the tagger calls "Okafor" a preposition here: a closed-class tag on an unknown word is wrong
    Run r = resolve("Okafor told reporters that the council was “out of patience.”");
    assertThat(r.at(0).speaker()).isEqualTo("Okafor");
    assertThat(r.at(0).construction()).isEqualTo("x-told-that");
  }

  @Test
  void aSpanOfTimeIsNoSpeakerAndIsSteppedOverBeforeItsVerb() {
    Run r = resolve("The port authority less than two weeks ago said that “no ferry” would sail.\n\n"
        + "“It is the end of the old harbor,” said Mayor Tomas Lind.\n\n"
        + "This week will be a hard test. As Lind left, the union was rallying members against “any cuts.”");
    assertThat(r.at(0).mentionText()).isEqualTo("The port authority");
    assertThat(r.at(2).mentionText()).isNull();
  }

  @Test
  void aSubjectEndsWhereItsPredicateBegins() {
    Run r = resolve("Harbor Commissioner Ines Varga opened the meeting.\n\n"
        + "The committee approved Varga’s plan on Monday, calling it “a lifeline for the islands.”\n\n"
        + "The plan is “a gamble,” said retired engineer Tomas Lind.");
    assertThat(r.at(0).mentionText()).isEqualTo("The committee");
    assertThat(r.at(1).mentionText()).isEqualTo("retired engineer Tomas Lind");
  }

  @Test
  void anUncuedQuotationIsCreditedToThePronounSubjectOfItsSentence() {
    Run r = resolve("Councilwoman Eva Holm arrived late.\n\nShe wants the council “to admit that the levee failed.”\n\n"
        + "It was “a long night” for everyone.");
    assertThat(r.at(0).mentionText()).isEqualTo("She");
    assertThat(r.at(0).speaker()).isEqualTo("Eva Holm");
    assertThat(r.at(0).construction()).isEqualTo("subject");
    assertThat(r.at(1).mention()).isNull();
  }

  @Test
  void aQuotationNobodyElseIsCreditedWithGoesToTheLastHeOrSheBeforeIt() {
    Run r = resolve("Senator Eva Holm spoke at the debate.\n\n"
        + "The audience was larger, even if she saved her sharpest words for “a fair harbor tax.”\n\n"
        + "The council moved on, as they had planned, to “any other business.”");
    assertThat(r.at(0).mentionText()).isEqualTo("she");
    assertThat(r.at(0).speaker()).isEqualTo("Eva Holm");
    assertThat(r.at(1).mention()).isNull(); // "they" is too often a document or a crowd
  }

  @Test
  void aNamedSubjectOfASubordinateClauseDoesNotOutrankTheMainClausePronoun() {
    Run r = resolve("Councilwoman Eva Holm opened the session.\n\n"
        + "When Mr. Lind accused the council of stalling, she said “the mayor never read it.”\n\n"
        + "Lind said she recalled thinking “this will not pass.”");
    assertThat(r.at(0).mentionText()).isEqualTo("she");
    assertThat(r.at(0).speaker()).isEqualTo("Eva Holm");
    assertThat(r.at(1).mentionText()).isEqualTo("Lind"); // the outer named speaker, no subordinate clause
  }

  @Test
  void aPronounCueInAClauseOfItsOwnOutranksTheEarlierNamedCue() {
    Run r = resolve("Councilwoman Eva Holm opened the session.\n\n"
        + "Holm said the ferries would run in May, though she said “nobody should lose a shift.”\n\n"
        + "Back then, Mr. Lind said, he found the budget “a mess.”\n\n"
        + "Lind said she was wrong, and I quote, “the harbor pays for itself.”");
    assertThat(r.at(0).mentionText()).isEqualTo("she");
    assertThat(r.at(0).speaker()).isEqualTo("Eva Holm");
    assertThat(r.at(1).mentionText()).isEqualTo("Mr. Lind"); // a parenthetical cue reports what follows
    assertThat(r.at(2).mentionText()).isEqualTo("Lind"); // "I" is the reporter
  }

  @Test
  void aNearerDescriptionCueOutranksANameInASubordinateClauseUnlessThatNameReportsIt() {
    Run r = resolve("As Lind spoke to the council, the dockworkers chanted “Save the ferries!”\n\n"
        + "After Ms. Holm said the harbor master had called the plan “a gift to the yachts,” the vote was delayed.");
    assertThat(r.at(0).mentionText()).isEqualTo("the dockworkers");
    assertThat(r.at(1).mentionText()).isEqualTo("Ms. Holm");
  }

  @Test
  void anIndefiniteDescriptionCueInAClauseOfItsOwnIsANewSpeaker() {
    Run r = resolve("Councilman Piet Lind toured the docks.\n\n"
        + "Lind thanked the crew and said the ferries were safe, but a deckhand shouted “Pay us first!”\n\n"
        + "Lind said the ferries were safe, and the harbor master warned “the hulls are rotten.”");
    assertThat(r.at(0).mentionText()).isEqualTo("a deckhand");
    assertThat(r.at(1).mentionText()).isEqualTo("Lind"); // a definite description may be Lind again
  }

  @Test
  void aQuantifierAfterAnOpeningAdverbIsItsCuesSubject() {
    Run r = resolve("“The pier will hold,” one harbor official said. Yet another said, “The pier will not last the"
        + " winter.”\n\nStill others wrote that the ferry was “the only plan left.”");
    assertThat(r.at(0).mentionText()).isEqualTo("one harbor official");
    assertThat(r.at(1).mentionText()).isEqualTo("another");
    assertThat(r.at(2).mentionText()).isEqualTo("others");
  }

  @Test
  void aNamingParticipleAfterACommonNounOrInAPassiveCreditsNobody() {
    Run r = resolve("Councilwoman Eva Holm spoke against the budget.\n\n"
        + "She attacked the tax break called a “mooring credit for the yacht owners of the bay.”\n\n"
        + "Even ferry timetables can be deemed “confidential business information” under the rules.\n\n"
        + "In a box labeled “medical history of the patient,” a nurse had typed “chronic fatigue and a long winter.”");
    assertThat(r.at(0).mentionText()).isEqualTo("She");
    assertThat(r.at(0).speaker()).isEqualTo("Eva Holm");
    assertThat(r.at(1).mention()).isNull();
    assertThat(r.at(2).mention()).isNull();
    assertThat(r.at(3).mention()).isNull(); // the participle before an earlier quotation names nothing either
  }

  @Test
  void aStateSpelledOutAfterAPlaceBelongsToTheIntroduction() {
    Run r = resolve("Speaking at a town hall in Salem, New Hampshire, Mayor Lena Ortiz turned on the council, "
        + "calling it “a club of sleepwalkers.”");
    assertThat(r.at(0).mentionText()).isEqualTo("Mayor Lena Ortiz");
  }

  @Test
  void aCueWordAfterAPossessiveIsNoMainClauseCue() {
    Run r = resolve("Councilwoman Clara Voss spoke first.\n\n"
        + "Voss did not seem impressed with Ortiz’ comments Tuesday, telling reporters, “Nobody asked the neighbors.”");
    assertThat(r.at(0).mentionText()).isEqualTo("Voss");
  }

  @Test
  void aCueWordAfterAPossessiveAndItsModifiersIsNoCue() {
    Run r = resolve("Councilwoman Clara Voss spoke first.\n\n"
        + "She says Ortiz’s early-morning tweets accusing her of waste are “lies and fairy tales.”\n\n"
        + "And he’s predicting that Ortiz “has no chance” of winning.");
    assertThat(r.at(0).mentionText()).isEqualTo("She");
    assertThat(r.at(0).speaker()).isEqualTo("Clara Voss");
    assertThat(r.at(1).mentionText()).isEqualTo("he"); // "he’s" is no possessive
  }

  @Test
  void aParticipleAndItsPrepositionBeforeANameBelongToTheSubject() {
    Run r = resolve("Another harbor source speaking to Radio Nord said, “The pier is unsafe.”");
    assertThat(r.at(0).mentionText()).isEqualTo("Another harbor source");
  }

  @Test
  void aPassiveParticipleAndItsAgentBeforeACueBelongToTheSubject() {
    Run r = resolve("A letter from the council obtained by Radio Nord warns that “the ferry will stop in May.”");
    assertThat(r.at(0).mentionText()).isEqualTo("A letter from the council");
  }

  @Test
  void aDescriptionNamingNoPersonAfterAMidSentenceQuotationIsTheVerbsObject() {
    Run r = resolve("Councilwoman Clara Voss spoke first.\n\n"
        + "Voss, who estimates that the repairs will cost “in the millions,” described the delay as a disgrace.");
    assertThat(r.at(0).speaker()).isEqualTo("Clara Voss");
  }

  @Test
  void aPassiveCuesAgentAfterAnotherCueIsNoSpeaker() {
    Run r = resolve("Councilwoman Clara Voss spoke first.\n\n"
        + "Voss backed the ban on the “rigged harbor” that she says is maintained by a few boat owners.");
    assertThat(r.at(0).speaker()).isEqualTo("Clara Voss");
  }

  @Test
  void aQuotationAfterASplitCueWithACueOfItsOwnTakesThatCue() {
    Run r = resolve("Councilwoman Eva Holm toured the docks.\n\n"
        + "“The ferries are safe,” Holm says, but she cautions that she sees “a long winter ahead.”");
    assertThat(r.at(0).mentionText()).isEqualTo("Holm");
    assertThat(r.at(1).mentionText()).isEqualTo("she");
    assertThat(r.at(1).construction()).isEqualTo("pronoun");
  }

  @Test
  void aPassiveOfTellingOrAskingHasTheHearerAsSubject() {
    Run r = resolve("Holm was asked by harbor master Piet Olsen whether the fund could survive “another winter.”\n\n"
        + "New deckhands were told, “Nobody leaves the dock before the bell.”");
    assertThat(r.at(0).mentionText()).isEqualTo("harbor master Piet Olsen");
    assertThat(r.at(1).mention()).isNull();
  }

  @Test
  void aParticipleHangsFromTheNearestHeOrSheClause() {
    Run r = resolve("Councilwoman Clara Voss spoke first.\n\n"
        + "Voss praised the plan, but the effort stalled, and she has battled with the union since, "
        + "at one point calling its leader “a liar.”\n\n"
        + "Voss has been criticized for the plan, though at a hearing last week she used harsher words, "
        + "saying the budget was “a giveaway.”");
    assertThat(r.at(0).mentionText()).isEqualTo("she");
    assertThat(r.at(0).speaker()).isEqualTo("Clara Voss");
    assertThat(r.at(1).mentionText()).isEqualTo("she"); // after a time phrase
  }

  @Test
  void aCoordinatedCueTakesThePronounOpeningTheClauseOfItsVerb() {
    Run r = resolve("Councilman Piet Olsen chaired the hearing.\n\n"
        + "Olsen opened the hearing when he brought up the ferry fares and later said, “The fares pay for the yachts.”\n\n"
        + "Smiling, Olsen drew applause as he thanked the crew and then boomed, “The harbor is ours again.”");
    assertThat(r.at(0).mentionText()).isEqualTo("he");
    assertThat(r.at(0).speaker()).isEqualTo("Piet Olsen");
    assertThat(r.at(1).mentionText()).isEqualTo("he");
  }

  @Test
  void anOpeningAdverbWithoutACommaLeavesTheSubjectRightAfterIt() {
    Run r = resolve("Councilman Piet Olsen spoke after the vote.\n\n"
        + "Then he turned on the mayor, calling him “a spendthrift.”");
    assertThat(r.at(0).mentionText()).isEqualTo("he");
    assertThat(r.at(0).speaker()).isEqualTo("Piet Olsen");
  }

  @Test
  void aParticipleDoesNotTakeTheSubjectOfARelativeClausesCue() {
    Run r = resolve("Mayor Tomas Lind would not pay an engineer who said he was cheated, saying “he did a bad job.”");
    assertThat(r.at(0).speaker()).isEqualTo("Tomas Lind");
  }

  @Test
  void theOwnerOfANounOfSayingIsTheSpeaker() {
    Run r = resolve("Mayor Tomas Lind’s claim that the budget was “balanced to the penny” did not survive.\n\n"
        + "The auditor’s office was “closed for winter” all year.");
    assertThat(r.at(0).speaker()).isEqualTo("Tomas Lind");
    assertThat(r.at(1).mention()).isNull(); // an office is no noun of saying
    Run her = resolve("Councilwoman Eva Holm spoke first.\n\nThe debate turned on her assertion that it was “never over budget.”");
    assertThat(her.at(0).mentionText()).isEqualTo("her");
    assertThat(her.at(0).speaker()).isEqualTo("Eva Holm");
  }
}
