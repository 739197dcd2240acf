package dev.quotecheck.attribute;

import dev.quotecheck.extract.Extraction;
import dev.quotecheck.extract.Quotation;
import dev.quotecheck.extract.QuoteKind;
import dev.quotecheck.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The working state of attributing one document's quotations, in document order. */
final class DocumentAttribution {
  private static final double SCARE = 0.1;
  private static final double UNRESOLVED_PRONOUN = 0.3;
  private final ConstructionConfidence confidences = ConstructionConfidence.standard();

  private final Extraction extraction;
  private final DocumentView doc;
  private final ConstructionMatcher matcher;
  private final SpeakerNaming naming;
  private final AntecedentFinder antecedents;
  private final SayingNounOwner sayingNouns;
  private final NeighbourCues neighbours;
  private final List<Credit> credits = new ArrayList<>();
  private final String text;
  private final SpeechCues cues;
  private final SpeakerNames names;
  /** Inside another quotation: only the quoted speaker's own cues count, no continuations. */
  private final boolean inner;

  private final Supplier<PosTagger> taggers;
  /** Scanned once per document, shared with the attribution of nested quotations. */
  private final NameEvidence evidence;

  DocumentAttribution(String text, Extraction extraction, SpeechCues cues, SpeakerNames names,
      SpeakerAliases aliases, Supplier<PosTagger> taggers) {
    this(text, extraction, cues, names,
        new SpeakerNaming(new DocumentEntities(text, names), aliases, names), false, taggers, new NameEvidence(text));
  }

  private DocumentAttribution(String text, Extraction extraction, SpeechCues cues, SpeakerNames names,
      SpeakerNaming naming, boolean inner, Supplier<PosTagger> taggers, NameEvidence evidence) {
    this.evidence = evidence;
    this.taggers = taggers;
    this.text = text;
    this.extraction = extraction;
    this.cues = cues;
    this.names = names;
    this.naming = naming;
    this.inner = inner;
    this.doc = new DocumentView(text, extraction, taggers, cues, evidence);
    MentionFinder finder = new MentionFinder(text, names);
    this.matcher = new ConstructionMatcher(doc, cues, finder);
    this.antecedents = new AntecedentFinder(doc, cues, finder, naming);
    this.sayingNouns = new SayingNounOwner(doc, cues, finder, antecedents);
    this.neighbours = new NeighbourCues(doc, matcher);
  }

  void run(Map<Quotation, Attribution> out) {
    Attribution split = null;
    Quotation previous = null;
    Attribution previousAttribution = null;
    List<Quotation> quotes = extraction.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      Quotation q = quotes.get(i);
      CueMatch match = null;
      Attribution a;
      Attribution runOnCue = null; // the cue after a run-on quotation, which the next one splits from
      CueMatch own = split == null ? null : matcher.before(q, 0);
      if (own != null && own.mention() != null && split.mention().start() < own.mention().span().start()) {
        // "“…,” Stevens says, but she cautions that she sees “…”": a cue of its own after the split one
        match = own;
        a = fromMatch(q, own);
      } else if (split != null) {
        a = new Attribution(split.speaker(), split.mention(), split.mentionText(), split.cue(), "split",
            confidences.of("split"));
      } else if (previousAttribution != null && previousAttribution.mention() != null
          && neighbours.coordinated(previous, q)) {
        a = previousAttribution; // "as a “human leech” and a “spoiled brat”": one speaker for both
      } else if (words(q.text()) <= 4 && (matcher.named(q) || matcher.nickname(q) || inner && matcher.calledBy(q))) {
        CueMatch namedBy = inner ? null : matcher.namedBy(q);
        a = namedBy != null ? fromMatch(q, namedBy) : Attribution.none(SCARE, "scare");
      } else {
        Credit owner = inner ? null : sayingNouns.ownerOfSayingClause(
            Math.max(q.sentence().start(), doc.paragraph(q.outer().start()).start()), q.outer().start(), credits);
        CueMatch agent = inner || owner != null ? null : matcher.passiveAgent(q);
        CueMatch post = owner != null ? null : agent != null ? agent : matcher.after(q);
        // "Rajoy … insisted that his party was “…”--Kim Hjelmgaard.": a credit line after a dash is
        // the byline, not the speaker, when the quotation's own sentence has a cue before it
        boolean creditLine = post != null && post.construction().equals("dash");
        // "what Mr. Hedge called “…”, the club charged …": a cue right before the quotation is
        // surer than one after it
        boolean preferBefore = agent == null && (matcher.cueJustBefore(q) && !neighbours.closesSentence(post) || creditLine);
        CueMatch pre = preferBefore || post == null ? matcher.before(q, 0) : null;
        match = preferBefore && pre != null || post == null ? pre : post;
        if (match == null) {
          match = matcher.signedInside(q);
        }
        if (match == null) {
          match = matcher.speakerLabel(q);
        }
        if (match == null) {
          match = matcher.describedAs(q);
        }
        if (match == null && !inner) {
          match = matcher.namedBy(q);
        }
        if (match == null && !inner && i + 1 < quotes.size()) {
          match = neighbours.sharedTrailingCue(q, quotes.get(i + 1));
        }
        if (owner != null && owner.speaker() != null) {
          a = credited(owner.speaker(), owner.mention(), null, "possessive-saying");
        } else if (CoordinatedParticiple.follows(doc, previous, previousAttribution, q, match)) {
          a = previousAttribution; // "… tweeting that it was a “…” and asking, “…”": one speaker for both
        } else if (match != null && match == post && !inner
            && RunOnQuotation.keepsSpeakerBefore(doc, previous, previousAttribution, q, post)) {
          a = credited(previousAttribution.speaker(), mentionOf(previousAttribution), null, "continuation");
          runOnCue = fromMatch(q, match);
        } else if (match != null) {
          a = fromMatch(q, match);
        } else if (!inner && q.kind() == QuoteKind.SCARE && carriesOn(previous, previousAttribution, q)) {
          a = credited(previousAttribution.speaker(), mentionOf(previousAttribution), null, "continuation");
        } else if (q.kind() == QuoteKind.SCARE || inner) {
          a = Attribution.none(SCARE, q.kind() == QuoteKind.SCARE || words(q.text()) <= 4 ? "scare" : "none");
        } else {
          a = uncued(q);
          if (a.speaker() == null && !inner && q.kind() != QuoteKind.SCARE && previousAttribution != null
              && previousAttribution.speaker() != null && QuotationRun.continues(doc, previous, q)) {
            a = credited(previousAttribution.speaker(), mentionOf(previousAttribution), null, "continuation");
          }
        }
      }
      out.put(q, a);
      // "asked Mr. Manafort, referring to … what he calls the ''crooked'' process. ''…''": a word or
      // two named inside the sentence of a credited quotation is not who the run goes on with
      boolean aside = previous != null && q.kind() != QuoteKind.SENTENCE && words(q.text()) <= 3
          && previousAttribution != null && previousAttribution.speaker() != null
          && previous.sentence().equals(q.sentence());
      previous = aside ? previous : q;
      previousAttribution = aside ? previousAttribution : a;
      if (!aside) {
        remember(a);
      }
      split = match != null && match.splitsNext() && a.speaker() != null ? runOnCue != null ? runOnCue : a : null;
      nested(q, out);
    }
  }

  private Attribution fromMatch(Quotation q, CueMatch match) {
    Mention m = match.mention();
    if (m == null) {
      m = matcher.clauseSubject(q);
      if (m != null) {
        return fromMatch(q, new CueMatch(m, match.cue(), match.construction(), false));
      }
      // A participle: the subject is the main clause's, or the speaker just before.
      Credit c = antecedents.find(Gender.UNKNOWN, q.outer().start(), credits, 2);
      return c == null
          ? new Attribution(null, null, null, match.cue(), match.construction(), UNRESOLVED_PRONOUN)
          : credited(c.speaker(), c.mention(), match.cue(), match.construction());
    }
    if (m.isPronoun()) {
      Gender g = Gender.ofPronoun(m.text());
      if (m.text().equalsIgnoreCase("i") || m.text().equalsIgnoreCase("we")) {
        return attribution(null, m, match.cue(), "pronoun", UNRESOLVED_PRONOUN);
      }
      Credit c = antecedents.find(g, m.span().start(), credits, 4);
      return c == null
          ? attribution(null, m, match.cue(), "pronoun", UNRESOLVED_PRONOUN)
          : credited(c.speaker(), sameSentenceAntecedent(c, m), match.cue(), "pronoun");
    }
    return credited(naming.speaker(m), m, match.cue(), match.construction());
  }

  /**
   * "Sanders said after the vote that he had “…”": a pronoun whose antecedent is named earlier in
   * its own sentence gives way to that name, the mention the attribution rests on.
   */
  private Mention sameSentenceAntecedent(Credit c, Mention pronoun) {
    int at = pronoun.span().start();
    boolean sameSentence = c.at() < at && doc.sentenceIndex(c.at()) == doc.sentenceIndex(at)
        && doc.paragraphIndex(c.at()) == doc.paragraphIndex(at);
    if (!sameSentence || c.mention().isPronoun()) {
      return pronoun;
    }
    // only the pronoun opening the reported clause of the name's own cue: "X said (that) he …"
    List<Token> between = doc.words(c.mention().span().end(), at);
    List<Token> after = doc.words(pronoun.span().end(), Math.min(text.length(), pronoun.span().end() + 40));
    if (between.isEmpty() || after.isEmpty() || cues.isVerb(after.get(0).text())) {
      return pronoun;
    }
    Token last = between.get(between.size() - 1);
    boolean cueBetween = between.stream().anyMatch(k -> cues.isVerb(k.text()) && !cues.isParticiple(k.text()));
    boolean opensClause = last.is("that") || cues.isVerb(last.text()) && !cues.isParticiple(last.text());
    for (Token k : between) {
      if (k.terminator() || k.quoteMark()) {
        return pronoun;
      }
    }
    return cueBetween && opensClause ? c.mention() : pronoun;
  }

  /** No cue in the quotation's sentence: a continuation of the speaker before, or nobody. */
  private Attribution uncued(Quotation q) {
    int at = q.outer().start();
    CueMatch intro = startsParagraph(q) ? neighbours.introducedAbove(q) : null;
    if (intro != null) {
      return fromMatch(q, intro);
    }
    Credit c = antecedents.find(Gender.UNKNOWN, at, credits, 1, false);
    if (c == null && startsParagraph(q)) {
      c = antecedents.find(Gender.UNKNOWN, at, credits, 2, false);
    }
    if (c == null && q.kind() != QuoteKind.SCARE) {
      int from = Math.max(q.sentence().start(), doc.paragraph(at).start());
      c = sayingNouns.possessorBefore(from, at, credits);
      c = c != null ? c : antecedents.pronounBefore(from, at, credits);
    }
    if (c == null) {
      return Attribution.none(q.kind() == QuoteKind.SCARE ? SCARE : 0.05, q.kind() == QuoteKind.SCARE ? "scare" : "none");
    }
    boolean ownSentence = c.at() >= q.sentence().start() && c.at() < q.outer().start();
    return ownSentence
        ? credited(c.speaker(), c.mention(), null, "subject")
        : credited(c.speaker(), c.mention(), null, "continuation");
  }

  /**
   * "“…,” the president added. “We're America.”": a quotation that is a sentence of its own right
   * after a credited quotation's sentence, in the same paragraph, goes on with that speaker even when
   * it is short or capitalised like a title.
   */
  private boolean carriesOn(Quotation previous, Attribution credited, Quotation q) {
    return credited != null && credited.speaker() != null && credited.cue() != null
        && QuotationRun.followsItsSentence(doc, previous, q);
  }

  private static Mention mentionOf(Attribution a) {
    return a.mention() == null ? null
        : new Mention(a.mention(), a.mentionText(), Mention.Kind.NAME, a.speaker(), "");
  }

  private boolean startsParagraph(Quotation q) {
    Span p = doc.paragraph(q.outer().start());
    for (int i = q.outer().start() - 1; i >= p.start(); i--) {
      if (!Character.isWhitespace(doc.text().charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Quotations inside a quotation: attributed only by cues inside it ("he told me, ‘…’"); scare
   * quotes, titles and uncued fragments get nobody.
   */
  private void nested(Quotation parent, Map<Quotation, Attribution> out) {
    if (parent.nested().isEmpty()) {
      return;
    }
    Span inside = parent.content();
    Extraction sub = new Extraction(within(extraction.paragraphs(), inside),
        within(extraction.sentences(), inside), parent.nested());
    new DocumentAttribution(text, sub, cues, names, naming, true, taggers, evidence).run(out);
  }

  private static List<Span> within(List<Span> spans, Span inside) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (s.overlaps(inside)) {
        out.add(new Span(Math.max(s.start(), inside.start()), Math.min(s.end(), inside.end())));
      }
    }
    if (out.isEmpty()) {
      out.add(inside);
    }
    return out;
  }

  private void remember(Attribution a) {
    if (a.mention() == null) {
      return;
    }
    Gender g = Gender.ofPronoun(a.mentionText());
    // "a council memo", "the mayor": a description keeps its kind, so its gender comes from its head noun
    boolean description = !a.mentionText().isEmpty() && (Character.isLowerCase(a.mentionText().charAt(0))
        || !DocumentEntities.stripArticle(a.mentionText()).equals(a.mentionText()));
    Mention m = new Mention(a.mention(), a.mentionText(), description ? Mention.Kind.DESCRIPTION : Mention.Kind.NAME,
        a.speaker(), description ? a.mentionText().toLowerCase(java.util.Locale.ROOT) : "");
    if (g == Gender.UNKNOWN && a.speaker() != null) {
      g = naming.gender(a.speaker(), m);
    }
    credits.add(new Credit(a.mention().start(), a.speaker(), m, g));
  }

  private Attribution attribution(String speaker, Mention m, String cue, String construction, double confidence) {
    return new Attribution(speaker, m == null ? null : m.span(), m == null ? null : m.text(), cue,
        construction, Math.max(0, Math.min(1, confidence)));
  }

  /** A speaker found by {@code construction}, as sure as that construction measured on PolNeAR train. */
  private Attribution credited(String speaker, Mention m, String cue, String construction) {
    return attribution(speaker, m, cue, construction, confidences.of(construction));
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
