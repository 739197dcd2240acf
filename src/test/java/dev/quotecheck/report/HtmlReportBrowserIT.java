package dev.quotecheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the HTML report in headless Chromium (Debian's {@code chromium} package): the script must
 * run under the page's Content-Security-Policy, the rendered DOM must hold the quotations and the
 * diff markup, and a screenshot goes to docs/img/. Skips when Chromium is not installed.
 */
class HtmlReportBrowserIT {
  private static Path chromium;

  @TempDir Path tmp;

  @BeforeAll
  static void findChromium() {
    chromium = locate().orElse(null);
  }

  static Optional<Path> locate() {
    for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
        Path p = Path.of(dir, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  @Test
  void rendersQuotationsByStatusWithDiffMarkupAndRunsItsScript() throws Exception {
    assumeTrue(chromium != null, "chromium is not installed");
    Path page = writeReport(ReportFixtures.sample(), "report.html");

    Document dom = Jsoup.parse(run(List.of("--dump-dom", page.toUri().toString())));

    // the inline script ran, so the CSP hash matches it
    assertThat(dom.body().attr("data-ready")).isEqualTo("true");
    assertThat(dom.body().attr("data-filter")).isEqualTo("all");
    assertThat(dom.select("article.quote")).hasSize(5);
    assertThat(dom.select("article.quote[data-status=verified]")).hasSize(1);
    assertThat(dom.select("article.quote[data-status=altered]")).hasSize(2);
    assertThat(dom.select("article.quote[data-status=misattributed]")).hasSize(1);
    assertThat(dom.select("article.quote[data-status=unverified]")).hasSize(1);
    assertThat(dom.select("article.quote[hidden]")).isEmpty();
    assertThat(dom.select("button.f-altered .count").text()).isEqualTo("2");
    assertThat(dom.select("article.quote.fails")).hasSize(3);

    // word-level diff: the changed words on both sides, the added and the left-out word
    assertThat(dom.select(".draft mark.w-chg").eachText()).containsExactly("has limits");
    assertThat(dom.select(".source mark.w-chg").eachText()).containsExactly("is not endless");
    assertThat(dom.select(".draft ins.w-add").eachText()).containsExactly("still");
    assertThat(dom.select(".source del.w-del").eachText()).containsExactly("that");
    assertThat(dom.select(".source .who").eachText()).contains("Yossi Barak");
    assertThat(dom.select(".draft .who").eachText()).contains("Amir Cohen");

    Path png = tmp.resolve("report.png");
    run(List.of("--screenshot=" + png, "--window-size=1280,1260", "--hide-scrollbars", page.toUri().toString()));
    assertThat(png).exists();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).isGreaterThan(10_000);
    assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    Path docs = Path.of("docs", "img");
    Files.createDirectories(docs);
    Files.copy(png, docs.resolve("html-report.png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void hostileTextStaysTextInTheBrowser() throws Exception {
    assumeTrue(chromium != null, "chromium is not installed");
    Path page = writeReport(ReportFixtures.hostile(), "hostile.html");

    Document dom = Jsoup.parse(run(List.of("--dump-dom", page.toUri().toString())));

    assertThat(dom.body().attr("data-ready")).isEqualTo("true");
    // the page's only script and image-free: nothing from the draft or corpus became an element
    assertThat(dom.select("script")).hasSize(1);
    assertThat(dom.select("img, textarea, b")).isEmpty();
    assertThat(dom.select("[onerror]")).isEmpty();
    assertThat(dom.select(".draft .quoted").text()).contains("<script>alert('draft')</script>");
    assertThat(dom.select(".source .quoted").text()).contains("</textarea>");
  }

  private Path writeReport(Report report, String name) throws IOException {
    StringWriter out = new StringWriter();
    new HtmlReportWriter(FailOn.DEFAULT).write(report, out);
    Path page = tmp.resolve(name);
    Files.writeString(page, out.toString(), StandardCharsets.UTF_8);
    return page;
  }

  private String run(List<String> extra) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-dev-shm-usage", "--user-data-dir=" + tmp.resolve("profile")));
    cmd.addAll(extra);
    Path stdout = tmp.resolve("chromium.out");
    Path stderr = tmp.resolve("chromium.err");
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 90 s: " + Files.readString(stderr));
    }
    assertThat(p.exitValue()).as("chromium exit; stderr: %s", Files.readString(stderr)).isZero();
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }
}
