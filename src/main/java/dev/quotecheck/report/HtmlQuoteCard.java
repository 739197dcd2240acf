package dev.quotecheck.report;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteResult;
import dev.quotecheck.match.SourceRef;
import dev.quotecheck.match.Status;
import dev.quotecheck.match.Verdict;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/** Renders one quotation of the HTML report: verdict header, draft and source side by side, reasons. */
final class HtmlQuoteCard {
  private final FailOn failOn;

  HtmlQuoteCard(FailOn failOn) {
    this.failOn = failOn;
  }

  void append(Element section, DocumentResult doc, LocatedQuote q, int n) {
    Verdict v = q.verdict();
    String status = v == null ? "extracted" : v.status().id();
    Element card = section.appendElement("article").addClass("quote").addClass("s-" + status)
        .attr("id", "q" + n).attr("data-status", status);
    boolean fails = failOn.fails(v);
    if (fails) {
      card.addClass("fails").attr("data-fails", "true");
    }
    Element head = card.appendElement("header");
    head.appendElement("span").addClass("badge").addClass("b-" + status).text(status);
    if (v != null && v.status() == Status.ALTERED) {
      head.appendElement("span").addClass("sev").addClass("sev-" + v.severity().id()).text(v.severity().id());
    }
    if (fails) {
      head.appendElement("span").addClass("failflag").text("fails the threshold");
    }
    head.appendElement("a").addClass("loc").attr("href", "#q" + n)
        .text(q.path() + ":" + q.start().line() + ":" + q.start().column());
    if (v != null && v.source() != null) {
      head.appendElement("span").addClass("sim")
          .text(String.format(Locale.ROOT, "%.0f%% similar", v.similarity() * 100));
    }

    Element pair = card.appendElement("div").addClass("pair");
    Element draft = side(pair, "draft", "Draft", q.speaker(), "no speaker found");
    passage(draft, DiffView.draft(doc.document(), q.result().quote(), v));
    if (v != null) {
      SourceRef src = v.source();
      Element source = side(pair, "source", "Source", src == null ? null : src.speaker(),
          src == null ? "no source found" : "speaker not named in the source");
      if (src == null) {
        source.appendElement("p").addClass("nosource").text("Nothing in the corpus is close enough to be the source.");
      } else {
        passage(source, DiffView.source(v));
        source.appendElement("p").addClass("srcloc").text(src.path() + ":" + src.line());
      }
    }
    if (v != null && !v.reasons().isEmpty()) {
      Element reasons = card.appendElement("ul").addClass("reasons");
      v.reasons().forEach(r -> reasons.appendElement("li").text(r));
    }
    if (!q.result().quote().warnings().isEmpty()) {
      Element warnings = card.appendElement("ul").addClass("warnings");
      q.result().quote().warnings().forEach(w -> warnings.appendElement("li").text(w));
    }
    nested(card, doc, q.result().nested());
  }

  /** Quotations inside this one (a quoted remark inside a quoted statement), with their speakers; not verified. */
  private static void nested(Element parent, DocumentResult doc, List<QuoteResult> children) {
    if (children.isEmpty()) {
      return;
    }
    Element list = parent.appendElement("ul").addClass("nested").attr("aria-label", "quotations inside this one");
    for (QuoteResult child : children) {
      Element item = list.appendElement("li");
      item.appendElement("q").text(Texts.fold(child.quote().text()));
      String speaker = child.attribution().speaker();
      item.appendText(" ");
      item.appendElement("span").addClass("who").addClass(speaker == null ? "unknown" : "named")
          .text(speaker == null ? "no speaker found" : speaker);
      item.appendText(" ");
      item.appendElement("span").addClass("loc").text(doc.document().position(child.quote().content().start()).toString());
      nested(item, doc, child.nested());
    }
  }

  private static Element side(Element pair, String cls, String title, String speaker, String noSpeaker) {
    Element side = pair.appendElement("div").addClass("side").addClass(cls);
    Element h3 = side.appendElement("h3");
    h3.appendElement("span").addClass("side-title").text(title);
    Element who = h3.appendElement("span").addClass("who");
    if (speaker == null) {
      who.addClass("unknown").text(noSpeaker);
    } else {
      who.text(speaker);
    }
    return side;
  }

  private static void passage(Element side, DiffView view) {
    Element block = side.appendElement("blockquote");
    if (!view.before().isBlank()) {
      block.appendElement("span").addClass("ctx").text(Texts.fold(view.before()).stripLeading());
    }
    Element quoted = block.appendElement("span").addClass("quoted");
    boolean first = true;
    for (DiffView.Segment s : view.segments()) {
      if (!first) {
        quoted.appendText(" ");
      }
      first = false;
      switch (s.kind()) {
        case SAME -> quoted.appendText(s.text());
        case ADDED -> quoted.appendElement("ins").addClass("w-add").text(s.text());
        case REMOVED -> quoted.appendElement("del").addClass("w-del").text(s.text());
        case CHANGED -> quoted.appendElement("mark").addClass("w-chg").text(s.text());
        // the words themselves show on the other side; here only where they are missing
        case GAP -> quoted.appendElement("span").addClass("w-gap").attr("aria-label", "words missing here").text("\u2038");
      }
    }
    if (!view.after().isBlank()) {
      block.appendElement("span").addClass("ctx").text(Texts.fold(view.after()).stripTrailing());
    }
  }
}
