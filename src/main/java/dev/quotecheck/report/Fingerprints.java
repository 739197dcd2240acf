package dev.quotecheck.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Stable fingerprints of quotations. They rest on the words, never on positions, so an alert or a
 * sign-off survives the quotation moving to another line; and on normalised words, so re-typing a
 * curly quote or re-wrapping a paragraph does not wake it up either.
 */
public final class Fingerprints {
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Fingerprints() {}

  /** Case, punctuation, quote-mark, dash and white-space differences removed. */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return NON_WORD.matcher(folded).replaceAll(" ").strip();
  }

  /** For SARIF {@code partialFingerprints}: the quotation, its speaker and the rule it breaks. */
  public static String alert(String quote, String speaker, String ruleId) {
    return sha256(normalise(quote), normalise(speaker), ruleId);
  }

  /**
   * For a sign-off: the quotation, its speaker, the source file and the source passage's text, so
   * the sign-off lapses when either the quotation or what it is checked against changes.
   */
  public static String accepted(String quote, String speaker, String sourcePath, String sourceText) {
    String path = sourcePath == null ? "" : sourcePath.replace('\\', '/');
    return "v1:" + sha256(normalise(quote), normalise(speaker), path, sha256(sourceText == null ? "" : sourceText));
  }

  static String sha256(String... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        // length-prefixed, so ("ab", "c") and ("a", "bc") differ
        digest.update((part.length() + ":").getBytes(StandardCharsets.UTF_8));
        digest.update(part.getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
