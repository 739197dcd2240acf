package dev.quotecheck.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Transcripts with speaker turns, in three common layouts:
 *
 * <ul>
 *   <li>a {@code Speaker Name:} line followed by that speaker's paragraphs (a blank line between
 *       turns; consecutive blocks of one speaker form one turn);
 *   <li>{@code Name (01:02:03):} with a timestamp, words on the same line or below;
 *   <li>{@code NAME: words} on one line, as TV transcripts write it.
 * </ul>
 *
 * One passage per paragraph; {@code New Speaker:} and similar labels give a null speaker.
 */
public final class TranscriptReader implements CorpusReader {
  private static final String NAME = "([\\p{L}][^:\\n()\\[\\]]{0,60}?)";
  private static final String STAMP = "\\((?:\\d{1,2}:)?\\d{1,2}:\\d{2}(?:\\.\\d+)?\\)";
  /** {@code Name:} or {@code Name (01:02:03):} with nothing after it. */
  static final Pattern BLOCK = Pattern.compile("^[ \\t]*" + NAME + "[ \\t]*(?:" + STAMP + ")?[ \\t]*:[ \\t]*$");
  /** {@code Name (01:02:03): words}. */
  static final Pattern STAMPED = Pattern.compile("^[ \\t]*" + NAME + "[ \\t]*" + STAMP + "[ \\t]*:[ \\t]+(\\S.*)$");
  /** {@code NAME: words} and {@code >> NAME, ROLE: words}. */
  static final Pattern CAPS = Pattern.compile(
      "^[ \\t]*(?:>>[ \\t]*)?(\\p{Lu}[\\p{Lu}\\p{M}.'’\\- ]{1,40}(?:,[^:\\n]{1,60})?):[ \\t]+(\\S.*)$");

  /** Whether the head of a file looks like a transcript in one of the layouts. */
  static boolean sniff(String original) {
    String head = original.substring(0, Math.min(original.length(), 65536));
    int block = 0;
    int caps = 0;
    boolean first = true;
    for (String line : head.split("\\r?\\n|\\r")) {
      if (line.isBlank()) {
        continue;
      }
      Header h = header(line);
      if (h != null && !h.inline()) {
        block++;
        if (first) {
          block++;
        }
      } else if (h != null) {
        caps++;
      }
      first = false;
    }
    return block >= 2 || caps >= 3;
  }

  @Override
  public Reading read(String path, String original) {
    PassageMaker maker = new PassageMaker(path, original, SourceMeta.NONE);
    List<Turn> turns = new ArrayList<>();
    List<Passage> current = new ArrayList<>();
    // A transcript repeats a few speaker lines thousands of times: each is parsed once.
    Map<String, Header> blockHeaders = new HashMap<>();
    Map<String, String> speakers = new HashMap<>();
    String speaker = null;
    boolean speakerKnown = false;
    int paraStart = -1;
    int paraEnd = -1;
    int n = original.length();
    for (int ls = 0; ls < n; ) {
      int le = ls;
      while (le < n && original.charAt(le) != '\n' && original.charAt(le) != '\r') {
        le++;
      }
      String line = original.substring(ls, le);
      boolean blank = line.isBlank();
      Header h = blank ? null : blockHeaders.get(line);
      if (h == null && !blank) {
        h = header(line);
        if (h != null && !h.inline()) {
          blockHeaders.put(line, h);
        }
      }
      if (blank || h != null) {
        paraStart = closeParagraph(maker, speaker, paraStart, paraEnd, current);
      }
      if (h != null) {
        String next = speakers.computeIfAbsent(h.label(), SpeakerLabels::speaker);
        boolean sameTurn = speakerKnown && next != null && next.equals(speaker);
        if (!sameTurn && !current.isEmpty()) {
          turns.add(new Turn(speaker, current));
          current = new ArrayList<>();
        }
        speaker = next;
        speakerKnown = true;
        if (h.inline()) {
          paraStart = ls + h.textStart();
          paraEnd = le;
        }
      } else if (!blank) {
        if (paraStart < 0) {
          paraStart = ls;
        }
        paraEnd = le;
      }
      ls = le < n && original.charAt(le) == '\r' && le + 1 < n && original.charAt(le + 1) == '\n' ? le + 2 : le + 1;
    }
    closeParagraph(maker, speaker, paraStart, paraEnd, current);
    if (!current.isEmpty()) {
      turns.add(new Turn(speaker, current));
    }
    return new Reading(turns, List.of());
  }

  private static int closeParagraph(PassageMaker maker, String speaker, int start, int end, List<Passage> out) {
    if (start >= 0) {
      out.addAll(maker.paragraphs(speaker, start, end));
    }
    return -1;
  }

  /** A speaker label on a line, and where the words start when they share the line. */
  record Header(String label, boolean inline, int textStart) {}

  static Header header(String line) {
    int colon = line.indexOf(':');
    if (line.length() > 300 || colon < 0 || colon > 120) {
      return null; // every layout has its colon within the first 120 characters
    }
    // Cheap necessary conditions first: most lines of a large corpus are paragraphs that
    // happen to hold a colon, and a regular expression per line is a tenth of an index build.
    int last = line.length() - 1;
    while (last >= 0 && spaceOrTab(line.charAt(last))) {
      last--;
    }
    if (line.charAt(last) == ':') {
      Matcher m = BLOCK.matcher(line);
      if (m.matches() && SpeakerLabels.looksLikeName(m.group(1))) {
        return new Header(m.group(1), false, -1);
      }
    }
    if (line.indexOf(')', colon) > 0) { // a name's first colon is in its time stamp
      Matcher m = STAMPED.matcher(line);
      if (m.matches() && SpeakerLabels.looksLikeName(m.group(1))) {
        return new Header(m.group(1), true, m.start(2));
      }
    }
    if (capitalStart(line)) {
      Matcher m = CAPS.matcher(line);
      if (m.matches() && m.group(1).codePoints().filter(Character::isLetter).count() >= 2) {
        return new Header(m.group(1), true, m.start(2));
      }
    }
    return null;
  }

  /** The blanks the layouts' patterns allow around a label ({@code [ \t]}). */
  private static boolean spaceOrTab(char c) {
    return c == ' ' || c == '\t';
  }

  /** Whether the line opens (after blanks and {@code >>}) with two characters {@link #CAPS} allows. */
  private static boolean capitalStart(String line) {
    int i = 0;
    int n = line.length();
    while (i < n && spaceOrTab(line.charAt(i))) {
      i++;
    }
    if (line.startsWith(">>", i)) {
      i += 2;
      while (i < n && spaceOrTab(line.charAt(i))) {
        i++;
      }
    }
    if (i + 1 >= n || !Character.isUpperCase(line.charAt(i))) {
      return false;
    }
    char c = line.charAt(i + 1);
    return Character.isUpperCase(c) || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.ENCLOSING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK
        || ".'’- ".indexOf(c) >= 0;
  }
}
