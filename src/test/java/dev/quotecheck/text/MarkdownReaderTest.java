package dev.quotecheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownReaderTest {

  private static Document read(String md) {
    return new MarkdownReader().read("a.md", md);
  }

  @Test
  void keepsEveryCharacterInPlace() {
    String md = "# Title\n\n> “Quoted,” she said.\n\n- item “two”\r\n";
    Document doc = read(md);
    assertThat(doc.text()).hasSize(md.length());
    assertThat(doc.text().indexOf("“Quoted,”")).isEqualTo(md.indexOf("“Quoted,”"));
    assertThat(doc.text()).contains("  Title").doesNotContain(">").doesNotContain("- item");
    assertThat(doc.text()).contains("\r\n");
  }

  @Test
  void blanksCodeCommentsAndLinkDestinations() {
    String md =
        "See [the “report”](https://x.org/\"q\") and `say \"no\"`.\n\n"
            + "```\n\"fenced\"\n```\n\n"
            + "<!-- \"hidden\" -->\n\n"
            + "    \"indented code\"\n\n"
            + "[ref]: https://example.org/\"x\"\n";
    String text = read(md).text();
    assertThat(text).contains("the “report”");
    assertThat(text).doesNotContain("https").doesNotContain("no").doesNotContain("fenced")
        .doesNotContain("hidden").doesNotContain("indented").doesNotContain("example");
  }

  @Test
  void keepsEditorialBracketsThatAreNotLinks() {
    String text = read("“We work with [the US] daily,” he said.\n").text();
    assertThat(text).contains("[the US]");
  }

  @Test
  void blanksEmphasisButNotIntrawordUnderscores() {
    String text = read("**“Bold,”** said _the_ snake_case user.\n").text();
    assertThat(text).contains("“Bold,”").contains("snake_case").doesNotContain("*").doesNotContain(" _the");
  }

  @Test
  void blanksFrontMatter() {
    String text = read("---\nspeaker: Jane Roe\n---\n“Hi,” she said.\n").text();
    assertThat(text).doesNotContain("speaker").contains("“Hi,” she said.");
  }

  @Test
  void listContinuationIsNotCode() {
    String md = "- first item\n\n    “still the list,” she said\n";
    assertThat(read(md).text()).contains("“still the list,” she said");
  }
}
