package dev.quotecheck.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  @Test
  void dropsUtf8ByteOrderMark() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'h', 'i'};
    assertThat(TextDecoder.decode("a.txt", bom)).isEqualTo("hi");
  }

  @Test
  void decodesUtf16WithByteOrderMark() throws Exception {
    byte[] le = "\uFEFF“hi”".getBytes(StandardCharsets.UTF_16LE);
    byte[] be = "\uFEFF“hi”".getBytes(StandardCharsets.UTF_16BE);
    assertThat(TextDecoder.decode("a.txt", le)).isEqualTo("“hi”");
    assertThat(TextDecoder.decode("a.txt", be)).isEqualTo("“hi”");
  }

  @Test
  void namesFileByteOffsetAndLineOfInvalidUtf8() {
    byte[] bytes = {'o', 'k', '\n', 'a', (byte) 0xC3, '(', 'z'};
    assertThatThrownBy(() -> TextDecoder.decode("drafts/bad.txt", bytes))
        .isInstanceOf(InputException.class)
        .hasMessage("drafts/bad.txt: invalid UTF-8 at byte offset 4 (line 2)");
  }

  @Test
  void rejectsBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    assertThatThrownBy(() -> TextDecoder.decode("img.txt", png))
        .isInstanceOf(InputException.class)
        .hasMessage("img.txt: not a text document (binary content)");
  }

  @Test
  void emptyFileIsEmptyText() throws Exception {
    assertThat(TextDecoder.decode("e.txt", new byte[0])).isEmpty();
  }
}
