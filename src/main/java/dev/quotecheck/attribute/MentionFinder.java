package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.PhraseShapes.abbreviationBefore;
import static dev.quotecheck.attribute.PhraseShapes.connector;
import static dev.quotecheck.attribute.PhraseShapes.describedPerson;
import static dev.quotecheck.attribute.PhraseShapes.hyphenatedAge;
import static dev.quotecheck.attribute.PhraseShapes.innerEnd;
import static dev.quotecheck.attribute.PhraseShapes.nominal;
import static dev.quotecheck.attribute.PhraseShapes.nominalAhead;
import static dev.quotecheck.attribute.PhraseShapes.personHead;
import static dev.quotecheck.attribute.PhraseShapes.place;
import static dev.quotecheck.attribute.PhraseShapes.skipParenthesis;
import static dev.quotecheck.attribute.PhraseShapes.skippable;

import dev.quotecheck.text.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the noun phrase that names a speaker next to a cue, in tagged tokens: a proper-noun run
 * with its titles ({@code Defense Minister Benny Gantz}), a pronoun, or a description
 * ({@code a senior defense official}, {@code the influential US daily}). Appositives and relative
 * clauses between the subject and its verb ({@code X, who ..., said}) are stepped over.
 */
final class MentionFinder {
  private static final Set<String> SPEAKER_PRONOUNS = Set.of("he", "she", "they", "it", "we", "i");
  /** Written sources that speak like people: "the pitch on Kickstarter says". */
  static final Set<String> DOCUMENT_HEADS = Set.of("pitch", "post", "statement", "letter", "memo",
      "report", "ad", "video", "editorial", "release", "message", "email", "tweet", "website", "page",
      "petition", "study", "poll", "survey", "notice", "sign", "banner", "bulletin", "filing", "complaint");
  /** "my father", "their attorneys": a possessive opens a description like an article. */
  static final Set<String> POSSESSIVE_PRONOUNS = Set.of("my", "his", "her", "their", "our", "its", "your");
  private static final Set<String> INDEFINITE_SUBJECTS = Set.of("some", "many", "others", "most", "several", "few", "another", "one",
      "someone", "somebody", "everyone", "everybody");
  private static final Set<String> APPROXIMATIONS = Set.of("about", "nearly", "roughly", "around", "almost",
      "approximately", "some");
  private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("of", "in", "for", "at", "from", "with", "on", "by");
  private static final int MAX_WORDS = 10;
  private static final int MAX_APPOSITIVE = 30;

  private final String text;
  private final SpeakerNames names;

  MentionFinder(String text, SpeakerNames names) {
    this.text = text;
    this.names = names;
  }

  /** The subject that ends just before token {@code cue}, looking no further back than {@code floor}. */
  Mention before(List<Token> t, int cue, int floor) {
    int j = cue - 1;
    while (j >= floor && skippable(t, j)) {
      j--;
    }
    j = TimePhrases.skipBack(t, j, floor);
    if (j < floor) {
      return null;
    }
    if (t.get(j).is(",") || TitleComma.closesAppositive(text, t, j)) {
      return appositive(t, j, floor);
    }
    if (t.get(j).dash() && j > floor) {
      // "A former candidate -- John McCain, who lost in 2008 -- said": the phrase before the first dash
      for (int k = j - 1; k > floor && j - k <= MAX_APPOSITIVE; k--) {
        if (t.get(k).dash()) {
          int end = skipParenthesis(t, k - 1, floor);
          int start = end < floor ? -1 : phraseStart(t, end, floor);
          if (start < 0) {
            return null;
          }
          Mention outer = mention(t, start, end);
          int innerStart = phraseStart(t, Math.min(j - 1, innerEnd(t, k + 1, j)), k + 1);
          if (outer.kind() == Mention.Kind.DESCRIPTION && innerStart == k + 1) {
            Mention inner = mention(t, innerStart, innerEnd(t, k + 1, j));
            if (inner.kind() == Mention.Kind.NAME) {
              Span span = new Span(outer.span().start(), inner.span().end());
              return new Mention(span, span.of(text), Mention.Kind.NAME, inner.name(), outer.text());
            }
          }
          return outer;
        }
        if (t.get(k).terminator() || t.get(k).quoteMark()) {
          return null;
        }
      }
      return null;
    }
    if ((t.get(j).is("who") || t.get(j).is("which")) && j > floor) {
      return relative(t, j, floor);
    }
    j = skipParenthesis(t, j, floor);
    if (j < floor) {
      return null;
    }
    int start = phraseStart(t, j, floor);
    if (start < 0) {
      return null;
    }
    int head = start - 3;
    if (head >= floor && t.get(start - 1).tagged("ADP") && t.get(start - 2).tagged("VERB")
        && (t.get(start - 2).lower().endsWith("ing") || t.get(start - 1).is("by") && t.get(start - 2).lower().endsWith("ed"))
        && (t.get(head).tagged("NOUN") || t.get(head).tagged("PROPN"))) {
      // "Protesters marching through the streets chanted", "A letter obtained by the AP warns": the
      // subject is before the participle
      int outer = phraseStart(t, head, floor);
      if (outer >= 0) {
        return mention(t, outer, head);
      }
    }
    return mention(t, start, j);
  }

  /**
   * The phrase from token {@code start} to the end of {@code within} (a mention found inside it),
   * or {@code within} itself when no token ends where it does.
   */
  Mention phrase(List<Token> t, int start, Mention within) {
    int end = CueWords.indexFrom(t, within.span().end()) - 1;
    return end >= start && t.get(end).end() == within.span().end() ? mention(t, start, end) : within;
  }

  /** The phrase that starts at token {@code from} ({@code said Defense Minister Benny Gantz}). */
  Mention after(List<Token> t, int from) {
    if (from >= t.size()) {
      return null;
    }
    Token first = t.get(from);
    if (INDEFINITE_SUBJECTS.contains(first.lower())
        && (from + 1 >= t.size() || t.get(from + 1).terminator() || t.get(from + 1).is(","))) {
      return mention(t, from, from); // "“…,” tweeted another.", "“…,” read one.": a quantifier alone stands for a person
    }
    if (first.tagged("PRON") && !POSSESSIVE_PRONOUNS.contains(first.lower())) {
      return SPEAKER_PRONOUNS.contains(first.lower()) ? mention(t, from, from) : null;
    }
    int end = from - 1;
    for (int i = from; i < t.size() && i - from < MAX_WORDS; i++) {
      Token k = t.get(i);
      boolean inner = i > from && i + 1 < t.size();
      if (k.tagged("DET") && i > from && !t.get(i - 1).is("of")) {
        break;
      }
      if (k.is("of") && i > from && i + 2 < t.size() && (t.get(i - 1).tagged("NUM") || t.get(i - 1).is("one"))
          && (t.get(i + 1).tagged("DET") || t.get(i + 1).tagged("NUM") || POSSESSIVE_PRONOUNS.contains(t.get(i + 1).lower()))) {
        end = i; // "said one of those advisers", "one of two witnesses"
        continue;
      }
      if (nominal(k) || k.tagged("DET") || k.tagged("ADJ") || k.tagged("NUM") || title(k) || AdverbInPhrase.gradesAdjective(t, i)
          || POSSESSIVE_PRONOUNS.contains(k.lower()) && i == from
          || i == from && APPROXIMATIONS.contains(k.lower()) && i + 1 < t.size() && t.get(i + 1).tagged("NUM") // "about 200 protesters"
          || (k.possessive() && i > from)
          // "said retired neurosurgeon Ben Carson", but not "Sanders of Vermont endorsed Mrs. Clinton"
          // nor "The couple started Quadrivium": a past or -s form after a noun is its predicate
          || (k.tagged("VERB") && k.isWord() && !k.lower().endsWith("ing") && nominalAhead(t, i + 1)
              && !t.get(i - 1 < from ? i : i - 1).tagged("PROPN") && !(i > from && predicate(t, i)))
          || (k.is(".") && i > from && abbreviationBefore(t, i))
          || (inner && connector(t, i))) {
        end = i;
      } else {
        break;
      }
    }
    while (end >= from && !head(t.get(end)) && !adjectiveAsNoun(t, from, end)) {
      end--;
    }
    return end < from || TimePhrases.measure(t, from, end) ? null : mention(t, from, end);
  }

  /** "said one Republican involved in the planning": a capitalised adjective after "a" or "one" is the noun. */
  private static boolean adjectiveAsNoun(List<Token> t, int from, int end) {
    Token k = t.get(end);
    Token before = end > from ? t.get(end - 1) : null;
    return k.tagged("ADJ") && k.capitalized() && before != null
        && (before.is("a") || before.is("an") || before.is("one") || before.is("another"));
  }

  /** A finite verb form ("started", "recommends") right after a noun: the predicate, not a modifier. */
  private static boolean predicate(List<Token> t, int i) {
    String w = t.get(i).lower();
    return nominal(t.get(i - 1)) && (w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss"));
  }

  /** As {@link #after}, with a name in apposition to a description: "The coach, Dan Pruitt, …". */
  Mention afterWithAppositive(List<Token> t, int from) {
    Mention m = after(t, from);
    if (m == null || m.kind() != Mention.Kind.DESCRIPTION) {
      return m;
    }
    int next = from;
    while (next < t.size() && t.get(next).start() < m.span().end()) {
      next++;
    }
    if (next + 1 < t.size() && t.get(next).is(",")) {
      Mention inner = after(t, next + 1);
      if (inner != null && inner.kind() == Mention.Kind.NAME) {
        Span span = new Span(m.span().start(), inner.span().end());
        return new Mention(span, span.of(text), Mention.Kind.NAME, inner.name(), m.text());
      }
    }
    return m;
  }

  /**
   * "Donald Trump, who proclaimed that …": the relative pronoun's antecedent, with the pronoun in
   * the mention ("Donald Trump, who") since the cue's own subject is the pronoun.
   */
  private Mention relative(List<Token> t, int who, int floor) {
    int k = who - 1;
    if (t.get(k).is(",")) {
      k--;
    }
    if (k < floor) {
      return null;
    }
    k = skipParenthesis(t, k, floor);
    if (k < floor) {
      return null;
    }
    int start = phraseStart(t, k, floor);
    if (start < 0 || t.get(k).tagged("PRON")) {
      return null;
    }
    Mention antecedent = mention(t, start, k);
    Span span = new Span(antecedent.span().start(), t.get(who).end());
    return new Mention(span, span.of(text), antecedent.kind(), antecedent.name(), antecedent.role());
  }

  private Mention appositive(List<Token> t, int comma, int floor) {
    if (comma - 1 > floor && t.get(comma - 1).is(")")) {
      // "Gov. John Kasich (R-OH), said": a name with its party and state, no apposition
      int end = skipParenthesis(t, comma - 1, floor);
      int start = end < floor ? -1 : phraseStart(t, end, floor);
      if (start >= 0 && (start == floor || t.get(start - 1).is(",") || !t.get(start - 1).isWord())) {
        Mention named = mention(t, start, end);
        if (named.kind() == Mention.Kind.NAME) {
          return named;
        }
      }
    }
    int open = -1;
    for (int k = comma - 1; k >= Math.max(floor, comma - MAX_APPOSITIVE); k--) {
      Token tk = t.get(k);
      if (tk.is(",")) {
        open = k;
        break;
      }
      boolean nickname = DocumentView.QUOTE_TAG.equals(tk.tag()) && k > 0 && k + 1 < t.size()
          && t.get(k - 1).tagged("PROPN") && t.get(k + 1).tagged("PROPN");
      if (tk.terminator() && !abbreviationBefore(t, k) || tk.quoteMark() && !nickname) {
        return null;
      }
    }
    if (open <= floor) {
      return null;
    }
    Outer o = phraseBeforeComma(t, open, floor);
    // "Cory James, 22, of Flint, Mich., said": a place ("of Flint", "Mich.") is no speaker; the
    // name is further back, before the comma that opens the whole apposition.
    for (int hops = 0; hops < 3 && o.start() > floor + 1 && place(t, o.start(), o.end()); hops++) {
      int prev = o.start() - 1;
      while (prev > floor && !t.get(prev).is(",")) {
        prev--;
      }
      if (prev <= floor || prev - 1 < floor) {
        return null;
      }
      o = phraseBeforeComma(t, prev, floor);
    }
    if (o.start() < 0) {
      return null;
    }
    Mention outer = mention(t, o.start(), o.end());
    int innerStart = phraseStart(t, comma - 1, o.open() + 1);
    if (innerStart == o.open() + 1 && outer.kind() == Mention.Kind.DESCRIPTION) {
      Mention inner = mention(t, innerStart, comma - 1);
      if (inner.kind() == Mention.Kind.NAME) {
        // "Trump's campaign manager, Kellyanne Conway, said": one mention, named by its inner part.
        Span span = new Span(outer.span().start(), inner.span().end());
        return new Mention(span, span.of(text), Mention.Kind.NAME, inner.name(), outer.text());
      }
    }
    return outer;
  }

  /** "Yet another said, “…”", "Still others wrote": the quantifier after an adverb opening its sentence. */
  private static boolean yetAnother(List<Token> t, int j, int floor) {
    int a = j - 1;
    return (t.get(a).is("yet") || t.get(a).is("still"))
        && (a == floor || !t.get(a - 1).isWord() || t.get(a - 1).terminator());
  }

  /** The first token of the phrase whose head is token {@code j}, or -1 when {@code j} is no head. */
  private int phraseStart(List<Token> t, int j, int floor) {
    Token last = t.get(j);
    if (INDEFINITE_SUBJECTS.contains(last.lower()) && (j == floor || !t.get(j - 1).isWord()
        || t.get(j - 1).terminator() || yetAnother(t, j, floor))) {
      return j; // "Some chanted “USA!”", "Someone called it": a quantifier standing for people
    }
    if (last.tagged("PRON")) {
      return SPEAKER_PRONOUNS.contains(last.lower()) ? j : -1;
    }
    int i = head(last) ? j : CountComplement.headOf(t, j, floor); // "the 34-year-old mother of three"
    if (i < 0) {
      return -1;
    }
    while (i - 1 >= floor && j - i < MAX_WORDS) {
      Token k = t.get(i - 1);
      if (k.tagged("DET") || POSSESSIVE_PRONOUNS.contains(k.lower())) {
        if (!k.is("that") && !k.is("which")) {
          i--;
          // "Mr. Morgan of the Sierra Club", "a narrator in the Clinton ad", "a spokesman for
          // the campaign": the complement of a head noun.
          if (i - 2 >= floor && COMPLEMENT_PREPOSITIONS.contains(t.get(i - 1).lower())
              && (t.get(i - 2).tagged("PROPN") || t.get(i - 2).tagged("NOUN"))
              && (t.get(i - 1).is("of") || (personHead(t.get(i - 2)) || DOCUMENT_HEADS.contains(t.get(i - 2).lower()))
                  && describedPerson(t, i - 2, floor))) {
            i -= 1;
            continue;
          }
        }
        break;
      }
      if (nominal(k) || k.tagged("ADJ") || k.tagged("NUM") || title(k) || k.possessive() || AdverbInPhrase.gradesAdjective(t, i - 1)
          || (k.is(".") && abbreviationBefore(t, i - 1))
          || DocumentView.QUOTE_TAG.equals(k.tag()) && i - 2 >= floor && t.get(i - 2).tagged("PROPN")
              && t.get(i).tagged("PROPN") // "Marcia “Cia” Price"
          || (i - 2 >= floor && connector(t, i - 1))) {
        i--;
      } else {
        break;
      }
    }
    return TimePhrases.measure(t, i, j) ? -1 : i;
  }

  /** The phrase before the comma at {@code open}: its first and last token, -1 as start when none. */
  private record Outer(int open, int start, int end) {}

  /**
   * The phrase ending before the comma at {@code open}, stepping back over an age between name and
   * description ("Cecelia Purner, 67, a retired teacher, said").
   */
  private Outer phraseBeforeComma(List<Token> t, int open, int floor) {
    int end = skipParenthesis(t, open - 1, floor);
    int start = end < floor ? -1 : phraseStart(t, end, floor);
    if (start < 0 && end >= floor && t.get(end).tagged("NUM") && end - 1 > floor && t.get(end - 1).is(",")) {
      open = end - 1;
      end = skipParenthesis(t, open - 1, floor);
      start = end < floor ? -1 : phraseStart(t, end, floor);
    }
    return new Outer(open, start, end);
  }

  private boolean head(Token k) {
    return nominal(k) && !k.possessive();
  }

  private boolean title(Token k) {
    return k.isWord() && names.isTitle(k.text());
  }

  private Mention mention(List<Token> t, int start, int end) {
    Span span = new Span(t.get(start).start(), t.get(end).end());
    String written = span.of(text);
    if (start == end && t.get(start).tagged("PRON") && SPEAKER_PRONOUNS.contains(t.get(start).lower())) {
      return new Mention(span, written, Mention.Kind.PRONOUN, null, "");
    }
    int nameEnd = end;
    for (int i = start; i < end; i++) {
      // "Gov. Earl Ray Tomblin of West Virginia": the name stops at "of" once it has begun.
      if (t.get(i).is("of") && i > start && t.get(i - 1).tagged("PROPN") && !title(t.get(i - 1))) {
        nameEnd = i - 1;
        break;
      }
    }
    int nameStart = -1;
    for (int i = start; i <= nameEnd; i++) {
      Token k = t.get(i);
      if (k.tagged("PROPN") && !title(k) && k.capitalized()) {
        nameStart = nameStart < 0 ? i : nameStart;
      } else if (nameStart >= 0 && !(k.is(".") || k.possessive() || connector(t, i))) {
        nameStart = -1;
      }
    }
    if (nameStart < 0 || t.get(nameEnd).possessive() || nameStart == nameEnd && TimePhrases.calendar(t.get(nameEnd))) {
      return new Mention(span, written, Mention.Kind.DESCRIPTION, null, written.toLowerCase(Locale.ROOT));
    }
    int firstName = nameStart;
    while (firstName > start && t.get(firstName - 1).capitalized() && !t.get(firstName - 1).tagged("DET")
        && !title(t.get(firstName - 1))) {
      firstName--;
    }
    String name = text.substring(t.get(firstName).start(), t.get(nameEnd).end());
    String role = text.substring(span.start(), t.get(firstName).start()).strip();
    return new Mention(span, written, Mention.Kind.NAME, names.canonical(name), role.toLowerCase(Locale.ROOT));
  }
}
