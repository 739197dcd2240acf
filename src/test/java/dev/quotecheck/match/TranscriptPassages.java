package dev.quotecheck.match;

import dev.quotecheck.corpus.Passage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A minimal reader of {@code Speaker Name:} transcripts (the debates-2020 format), one passage per
 * paragraph, for tests until the corpus package's readers are merged. {@code New Speaker} means
 * an unknown speaker.
 */
final class TranscriptPassages {

  private static final Pattern SPEAKER = Pattern.compile("^([A-Z][\\p{L}.' -]{1,60}):\\s*$");

  private TranscriptPassages() {}

  static List<Passage> read(Path dir) throws IOException {
    List<Passage> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        out.addAll(parse(dir.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }

  static List<Passage> parse(String path, String text) {
    List<Passage> out = new ArrayList<>();
    String speaker = null;
    int line = 1;
    int pos = 0;
    while (pos < text.length()) {
      int nl = text.indexOf('\n', pos);
      int end = nl < 0 ? text.length() : nl;
      String raw = text.substring(pos, end);
      Matcher m = SPEAKER.matcher(raw.strip());
      if (m.matches()) {
        speaker = m.group(1).equals("New Speaker") ? null : m.group(1);
      } else if (!raw.isBlank()) {
        int lead = raw.length() - raw.stripLeading().length();
        String body = raw.strip();
        out.add(new Passage(path, speaker, body, pos + lead, pos + lead + body.length(), line, null, null, null));
      }
      pos = end + 1;
      line++;
    }
    return out;
  }
}
