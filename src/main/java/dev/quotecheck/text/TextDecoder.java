package dev.quotecheck.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a file's bytes strictly: UTF-8 with or without a byte-order mark, or UTF-16 when a BOM
 * says so. The BOM is not part of the decoded text, so offset 0 is the first real character.
 */
public final class TextDecoder {

  private TextDecoder() {}

  public static String decode(String path, byte[] bytes) throws InputException {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return decodeStrict(path, bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return decodeStrict(path, bytes, 2, StandardCharsets.UTF_16LE);
    }
    int start =
        bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF
            ? 3
            : 0;
    if (looksBinary(bytes, start)) {
      throw new InputException(path + ": not a text document (binary content)");
    }
    return decodeStrict(path, bytes, start, StandardCharsets.UTF_8);
  }

  /** NUL bytes or a high share of control bytes in the first 8 KiB mean binary. */
  private static boolean looksBinary(byte[] bytes, int start) {
    int end = Math.min(bytes.length, start + 8192);
    int control = 0;
    for (int i = start; i < end; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        control++;
      }
    }
    return end > start && control * 10 > end - start;
  }

  private static String decodeStrict(
      String path, byte[] bytes, int start, java.nio.charset.Charset charset)
      throws InputException {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, bytes.length + 16L));
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      throw new InputException(
          path + ": invalid " + charset.name() + " at byte offset " + in.position()
              + describeLine(bytes, start, in.position()));
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new InputException(path + ": invalid " + charset.name() + " at end of file");
    }
    out.flip();
    String text = out.toString();
    if (text.indexOf('\0') >= 0) { // past the first 8 KiB too
      throw new InputException(path + ": not a text document (NUL characters)");
    }
    return text;
  }

  private static String describeLine(byte[] bytes, int start, int offset) {
    int line = 1;
    for (int i = start; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return " (line " + line + ")";
  }
}
