package dev.quotecheck.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WebVTT and SRT subtitles. A cue is a few words, too short to hold a quotation, so consecutive
 * cues of one speaker join into a turn whose passages run up to a few hundred words. The speaker
 * comes from WebVTT {@code <v Name>} voice tags, or from an SRT cue that begins with
 * {@code NAME:}; a cue without one continues the previous speaker. Passage text has tags and
 * entities removed and cue lines joined by spaces; its offsets cover the cue text in the file.
 */
public final class SubtitleReader implements CorpusReader {
  private static final int TURN_CHUNK = 1200;
  private static final Pattern VOICE = Pattern.compile("<v(?:\\.[^\\s>]*)?[ \\t]+([^>]*)>");
  private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>|<\\d[\\d:.]*>|\\{\\\\[^}]*}");
  private static final Pattern SRT_SPEAKER = Pattern.compile("^(?:>>[ \\t]*|-[ \\t]*)?(\\p{Lu}[\\p{L}\\p{M}.'’\\- ]{0,40}):[ \\t]+");

  private final boolean vtt;

  private SubtitleReader(boolean vtt) {
    this.vtt = vtt;
  }

  public static SubtitleReader webVtt() {
    return new SubtitleReader(true);
  }

  public static SubtitleReader srt() {
    return new SubtitleReader(false);
  }

  /** One speaker's words in one cue. */
  private record Segment(String speaker, String text, int start, int end) {}

  @Override
  public Reading read(String path, String original) {
    PassageMaker maker = new PassageMaker(path, original, SourceMeta.NONE);
    List<Segment> segments = new ArrayList<>();
    List<CorpusProblem> problems = new ArrayList<>();
    String[] speaker = {null};
    int n = original.length();
    int ls = 0;
    boolean inCue = false;
    boolean skipBlock = vtt; // the WEBVTT header block
    while (ls < n) {
      int le = ls;
      while (le < n && original.charAt(le) != '\n' && original.charAt(le) != '\r') {
        le++;
      }
      String line = original.substring(ls, le);
      if (line.isBlank()) {
        inCue = false;
        skipBlock = false;
      } else if (skipBlock) {
        // header, NOTE, STYLE or REGION block
      } else if (line.contains("-->")) {
        inCue = true;
      } else if (inCue) {
        cueLine(line, ls, speaker, segments);
      } else if (vtt && line.matches("^(NOTE|STYLE|REGION)\\b.*")) {
        skipBlock = true;
      }
      ls = le < n && original.charAt(le) == '\r' && le + 1 < n && original.charAt(le + 1) == '\n' ? le + 2 : le + 1;
    }
    return new Reading(turns(segments, maker), problems);
  }

  private void cueLine(String line, int offset, String[] speaker, List<Segment> out) {
    if (vtt) {
      Matcher v = VOICE.matcher(line);
      int from = 0;
      while (v.find()) {
        addSegment(line, offset, from, v.start(), speaker[0], out);
        speaker[0] = SpeakerLabels.speaker(v.group(1));
        from = v.end();
      }
      addSegment(line, offset, from, line.length(), speaker[0], out);
    } else {
      Matcher m = SRT_SPEAKER.matcher(line);
      int from = 0;
      if (m.find() && SpeakerLabels.looksLikeName(m.group(1))) {
        speaker[0] = SpeakerLabels.speaker(m.group(1));
        from = m.end();
      }
      addSegment(line, offset, from, line.length(), speaker[0], out);
    }
  }

  private static void addSegment(String line, int offset, int from, int to, String speaker, List<Segment> out) {
    String raw = line.substring(from, to);
    String text = unescape(TAG.matcher(raw).replaceAll("")).strip();
    if (text.isEmpty()) {
      return;
    }
    int s = from;
    while (s < to && Character.isWhitespace(line.charAt(s))) {
      s++;
    }
    int e = to;
    while (e > s && Character.isWhitespace(line.charAt(e - 1))) {
      e--;
    }
    out.add(new Segment(speaker, text, offset + s, offset + e));
  }

  private static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&nbsp;", " ").replace("&lrm;", "")
        .replace("&rlm;", "").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }

  /** Joins consecutive segments of one speaker into turns of passages of bounded length. */
  private static List<Turn> turns(List<Segment> segments, PassageMaker maker) {
    List<Turn> turns = new ArrayList<>();
    List<Passage> current = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int start = -1;
    int end = -1;
    String speaker = null;
    for (int i = 0; i <= segments.size(); i++) {
      Segment s = i < segments.size() ? segments.get(i) : null;
      boolean newTurn = s == null || start >= 0 && !java.util.Objects.equals(s.speaker(), speaker);
      if (start >= 0 && (newTurn || text.length() + s.text().length() > TURN_CHUNK)) {
        current.add(maker.text(speaker, text.toString(), start, end, SourceMeta.NONE));
        text.setLength(0);
        start = -1;
      }
      if (newTurn && !current.isEmpty()) {
        turns.add(new Turn(speaker, current));
        current = new ArrayList<>();
      }
      if (s != null) {
        if (start < 0) {
          start = s.start();
        } else {
          text.append(' ');
        }
        text.append(s.text());
        end = s.end();
        speaker = s.speaker();
      }
    }
    return turns;
  }
}
