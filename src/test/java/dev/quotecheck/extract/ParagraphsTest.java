package dev.quotecheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quotecheck.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {

  private static List<String> paragraphs(String text, boolean soft) {
    return Paragraphs.split(text, soft).stream().map((Span s) -> s.of(text)).toList();
  }

  @Test
  void blankLinesSeparateParagraphs() {
    assertThat(paragraphs("One.\n\n  \nTwo.\r\n\r\nThree.", true)).containsExactly("One.", "Two.", "Three.");
  }

  @Test
  void plainTextLinesAreParagraphsUnlessHardWrapped() {
    assertThat(paragraphs("First paragraph.\nSecond paragraph.\n\nThird.", false))
        .containsExactly("First paragraph.", "Second paragraph.", "Third.");
    String wrapped = ("The council met on Monday evening to discuss the new budget, and\n"
        + "the mayor said she would not raise taxes this year or the next one\n"
        + "whatever the state decides about the grants for the bridge and the\n"
        + "harbour.\n\nA second paragraph.");
    assertThat(paragraphs(wrapped, false)).hasSize(2);
  }
}
