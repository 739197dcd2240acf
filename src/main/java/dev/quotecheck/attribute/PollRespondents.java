package dev.quotecheck.attribute;

import dev.quotecheck.extract.Quotation;
import dev.quotecheck.text.Span;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "In a CNN/ORC poll released Monday, 31% of Republicans said they were “extremely
 * enthusiastic”": the respondents of a poll (a share of a group: "31% of", "Six in 10", "the
 * majority of") speak the poll's wording, and the poll named in the same sentence is the source.
 */
final class PollRespondents {
  private PollRespondents() {}

  /** How far around the quotation, within its sentence, the poll may be named. */
  private static final int REACH = 300;
  private static final int MAX_PHRASE = 8;

  private static final Pattern SHARE_BEFORE = Pattern.compile(
      "(?:\\d\\s*%|\\bpercent|\\bper cent|\\bmajority|\\bminority|\\bin (?:10|ten)|\\bhalf|\\bthird|\\bquarter)\\s+(?:of\\s+)?(?:the\\s+|all\\s+)?$");
  private static final Pattern SHARE_ITSELF = Pattern.compile(
      "^(?:\\d[\\d.]*\\s*(?:%|percent|per cent)|(?:\\w+\\s+)?in (?:10|ten)\\b)", Pattern.CASE_INSENSITIVE);
  private static final Pattern IN_BEFORE = Pattern.compile("\\b\\w+ in\\s+$");
  private static final Pattern TEN = Pattern.compile("^(?:10|ten)\\s", Pattern.CASE_INSENSITIVE);
  private static final Set<String> POLL_HEADS = Set.of("poll", "survey");
  private static final Set<String> PHRASE_BREAKS = Set.of("according", "to", "in", "by", "of", "from", "that",
      "while", "and", "but", "also", "finds", "found", "shows", "showed", "has");

  /**
   * {@code match} with the poll of the quotation's sentence as its mention when the matched
   * subject is a poll's share of respondents; otherwise {@code match} itself.
   */
  static CueMatch credit(DocumentView doc, Quotation q, CueMatch match) {
    if (match == null || match.mention() == null || match.mention().isPronoun()
        || !(match.construction().equals("x-said-quote") || match.construction().equals("x-told-that"))
        || !respondents(doc.text(), match.mention())) {
      return match;
    }
    Span poll = poll(doc, q);
    if (poll == null) {
      return match;
    }
    Mention m = new Mention(poll, poll.of(doc.text()), Mention.Kind.DESCRIPTION, null, "");
    return new CueMatch(m, match.cue(), match.construction(), match.splitsNext());
  }

  private static boolean respondents(String text, Mention m) {
    int start = m.span().start();
    String before = text.substring(Math.max(0, start - 30), start).toLowerCase(Locale.ROOT);
    return SHARE_BEFORE.matcher(before).find() || SHARE_ITSELF.matcher(m.text()).find()
        || IN_BEFORE.matcher(before).find() && TEN.matcher(m.text()).find(); // "Six in |10 voters|"
  }

  /** The phrase headed by "poll" or "survey" nearest the quotation in its sentence, or null. */
  private static Span poll(DocumentView doc, Quotation q) {
    int from = Math.max(q.sentence().start(), q.outer().start() - REACH);
    int to = Math.min(q.sentence().end(), q.outer().end() + REACH);
    List<Token> words = doc.words(from, to);
    Span best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < words.size(); i++) {
      Token k = words.get(i);
      if (!POLL_HEADS.contains(k.lower()) || k.start() >= q.outer().start() && k.start() < q.outer().end()) {
        continue;
      }
      int distance = k.start() < q.outer().start() ? q.outer().start() - k.end() : k.start() - q.outer().end();
      if (distance < bestDistance) {
        bestDistance = distance;
        best = new Span(words.get(phraseStart(words, i)).start(), k.end());
      }
    }
    return best;
  }

  private static int phraseStart(List<Token> words, int head) {
    int s = head;
    while (s > 0 && head - s < MAX_PHRASE) {
      Token k = words.get(s - 1);
      if (k.is(",") || k.terminator() || k.quoteMark() || DocumentView.QUOTE_TAG.equals(k.tag())
          || PHRASE_BREAKS.contains(k.lower())) {
        break;
      }
      s--;
      if (k.is("a") || k.is("an") || k.is("the") || k.is("this")) {
        break;
      }
    }
    return s;
  }
}
