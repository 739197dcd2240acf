package dev.quotecheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteChecker;
import dev.quotecheck.text.Documents;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTest {

  static String html(Report report) throws Exception {
    StringWriter out = new StringWriter();
    new HtmlReportWriter(FailOn.DEFAULT).write(report, out);
    return out.toString();
  }

  @Test
  void draftAndCorpusMarkupIsEscapedEverywhere() throws Exception {
    String page = html(ReportFixtures.hostile());
    // none of the hostile strings survives raw, in text or in attributes
    assertThat(page).doesNotContain("<script>alert", "<img", "</textarea>", "<b>Bold", "<script>evil", "<script>x");
    assertThat(page).contains("&lt;script&gt;alert('draft')&lt;/script&gt;", "&lt;/textarea&gt;",
        "&lt;img src=x onerror=alert(1)&gt;", "&amp; leave");
    Document dom = Jsoup.parse(page);
    assertThat(dom.select("script")).hasSize(1);
    assertThat(dom.select("img, textarea, b, [onerror]")).isEmpty();
    assertThat(dom.select(".errors li").text()).isEqualTo("drafts/<script>x</script>.md: cannot read");
    assertThat(dom.selectFirst(".source .who").text()).isEqualTo("<img src=y onerror=alert(2)>");
  }

  @Test
  void contentSecurityPolicyAllowsOnlyThePagesOwnStyleAndScript() throws Exception {
    Document dom = Jsoup.parse(html(ReportFixtures.sample()));
    String csp = dom.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertThat(csp).startsWith("default-src 'none';").contains("base-uri 'none'", "form-action 'none'")
        .doesNotContain("unsafe-inline", "http:", "https:", "*");
    assertThat(csp).contains("'" + sha256(dom.selectFirst("style").data()) + "'");
    assertThat(csp).contains("'" + sha256(dom.selectFirst("script").data()) + "'");
    // nothing that would need a looser policy: no inline handlers or styles, no external resources
    assertThat(dom.select("[style], [onclick], [onload], link, img, iframe, [src]")).isEmpty();
  }

  @Test
  void everyQuotationWithVerdictSpeakersOnBothSidesAndSummary() throws Exception {
    Document dom = Jsoup.parse(html(ReportFixtures.sample()));
    assertThat(dom.select("article.quote").eachAttr("data-status"))
        .containsExactly("verified", "altered", "altered", "misattributed", "unverified");
    Element misattributed = dom.selectFirst("article.s-misattributed");
    assertThat(misattributed.select(".draft .who").text()).isEqualTo("Amir Cohen");
    assertThat(misattributed.select(".source .who").text()).isEqualTo("Yossi Barak");
    assertThat(dom.select("button.f-flagged .count").text()).isEqualTo("4");
    assertThat(dom.select(".verdict.fail").text()).isEqualTo("3 quotations at or above the threshold");
    Element altered = dom.select("article.s-altered").get(1);
    assertThat(altered.select(".loc").text()).isEqualTo("testdata/report/draft.md:7:33");
    assertThat(altered.select(".source .quoted").text()).isEqualTo("a mistake that we can \u2038 correct");
    assertThat(altered.select(".source .ctx").eachText()).containsExactly("The agreement was", ", if we act now.");
  }

  @Test
  void extractReportsShowQuotationsWithoutVerdicts() throws Exception {
    Report sample = ReportFixtures.sample();
    var d = sample.documents().get(0);
    var unverified = d.quotes().stream()
        .map(q -> new dev.quotecheck.QuoteResult(q.quote(), q.attribution(), null, List.of())).toList();
    Report extract = new Report(false, List.of(new dev.quotecheck.DocumentResult(d.document(), d.extraction(), unverified)), List.of());
    Document dom = Jsoup.parse(html(extract));
    assertThat(dom.select("article.quote[data-status=extracted]")).hasSize(5);
    assertThat(dom.select(".source")).isEmpty();
    assertThat(dom.select("button[data-filter]").eachAttr("data-filter")).containsExactly("all");
  }

  @Test
  void quotationsInsideAQuotationAreListedUnderItWithSpeakerAndPlace(@TempDir Path tmp) throws Exception {
    Path draft = tmp.resolve("nested.md");
    Files.writeString(draft, "Intro line.\n\n"
        + "\u201CWhen the mayor told us \u2018the bridge is safe,\u2019 we believed her,\u201D said Rosa Diaz.\n");
    DocumentResult doc = QuoteChecker.builder().build().check(Documents.load(draft));
    Report report = new Report(false, List.of(doc), List.of());
    Document dom = Jsoup.parse(html(report));
    Element card = dom.selectFirst("article.quote");
    assertThat(card.select(".draft .who").text()).isEqualTo("Rosa Diaz");
    assertThat(card.select("ul.nested > li > q").eachText()).containsExactly("the bridge is safe,");
    assertThat(card.select("ul.nested > li > .loc").text()).isEqualTo("3:26");
    assertThat(dom.select("article.quote")).hasSize(1);
  }

  private static String sha256(String s) throws Exception {
    return "sha256-" + Base64.getEncoder().encodeToString(
        MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
  }
}
