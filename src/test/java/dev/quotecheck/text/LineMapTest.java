package dev.quotecheck.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LineMapTest {

  @Test
  void countsLinesForLfCrlfAndLoneCr() {
    LineMap map = new LineMap("ab\ncd\r\nef\rgh");
    assertThat(map.lineCount()).isEqualTo(4);
    assertThat(map.position(0)).isEqualTo(new LineMap.Position(1, 1));
    assertThat(map.position(3)).isEqualTo(new LineMap.Position(2, 1));
    assertThat(map.position(5)).isEqualTo(new LineMap.Position(2, 3)); // the CR of CRLF
    assertThat(map.position(7)).isEqualTo(new LineMap.Position(3, 1));
    assertThat(map.position(10)).isEqualTo(new LineMap.Position(4, 1));
    assertThat(map.position(12)).isEqualTo(new LineMap.Position(4, 3)); // end of text
  }

  @Test
  void columnsCountUtf16CodeUnitsThroughEmojiAndCombiningMarks() {
    String text = "x\n😀e\u0301 “q”";
    LineMap map = new LineMap(text);
    int quote = text.indexOf('q');
    // 😀 is two UTF-16 units, e + U+0301 two more, then a space and the opening mark.
    assertThat(map.position(quote)).isEqualTo(new LineMap.Position(2, 7));
  }

  @Test
  void rejectsOffsetsOutsideTheText() {
    LineMap map = new LineMap("abc");
    assertThatThrownBy(() -> map.position(4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> map.position(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void emptyTextHasOneLine() {
    LineMap map = new LineMap("");
    assertThat(map.lineCount()).isEqualTo(1);
    assertThat(map.position(0)).isEqualTo(new LineMap.Position(1, 1));
  }
}
