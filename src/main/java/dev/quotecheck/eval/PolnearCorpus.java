package dev.quotecheck.eval;

import dev.quotecheck.text.InputException;
import dev.quotecheck.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a PolNeAR split directory ({@code text/NAME.txt}, {@code attributions/NAME_ANNOTATOR.ann}
 * in brat standoff). When an article has several annotators, the first annotation file in name
 * order is used, so the choice is stable.
 */
public final class PolnearCorpus {

  private PolnearCorpus() {}

  public static List<PolnearArticle> load(Path splitDir) throws InputException {
    Path texts = splitDir.resolve("text");
    Path anns = splitDir.resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(anns)) {
      throw new InputException(splitDir + ": not a PolNeAR split (needs text/ and attributions/)");
    }
    Map<String, Path> annotation = new TreeMap<>();
    try (Stream<Path> files = Files.list(anns)) {
      files.filter(p -> p.toString().endsWith(".ann")).sorted().forEach(p -> {
        String f = p.getFileName().toString();
        int us = f.lastIndexOf('_');
        annotation.putIfAbsent(us > 0 ? f.substring(0, us) : f.substring(0, f.length() - 4), p);
      });
    } catch (IOException e) {
      throw new InputException(anns + ": cannot list (" + e.getMessage() + ")");
    }
    List<PolnearArticle> out = new ArrayList<>();
    for (Map.Entry<String, Path> e : annotation.entrySet()) {
      Path text = texts.resolve(e.getKey() + ".txt");
      if (Files.isRegularFile(text)) {
        out.add(new PolnearArticle(e.getKey(), read(text), parse(e.getValue())));
      }
    }
    if (out.isEmpty()) {
      throw new InputException(splitDir + ": no PolNeAR articles with annotations");
    }
    return out;
  }

  private static String read(Path p) throws InputException {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(p + ": cannot read (" + e.getMessage() + ")");
    }
  }

  static List<GoldAttribution> parse(Path ann) throws InputException {
    String content = read(ann);
    Map<String, String> labels = new HashMap<>();
    Map<String, List<Span>> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    String[] lines = content.split("\r?\n");
    for (int n = 0; n < lines.length; n++) {
      String[] cols = lines[n].split("\t");
      if (cols.length < 2) {
        continue;
      }
      if (cols[0].startsWith("T")) {
        int sp = cols[1].indexOf(' ');
        if (sp < 0) {
          throw new InputException(ann + ":" + (n + 1) + ": bad text-bound annotation");
        }
        labels.put(cols[0], cols[1].substring(0, sp));
        spans.put(cols[0], spans(ann, n + 1, cols[1].substring(sp + 1)));
      } else if (cols[0].startsWith("E")) {
        events.add(cols[1].split(" "));
      }
    }
    List<GoldAttribution> out = new ArrayList<>();
    for (String[] event : events) {
      Map<String, List<Span>> roles = new HashMap<>();
      for (String arg : event) {
        int colon = arg.indexOf(':');
        if (colon > 0) {
          roles.put(arg.substring(0, colon), spans.getOrDefault(arg.substring(colon + 1), List.of()));
        }
      }
      if (roles.containsKey("Content")) {
        out.add(new GoldAttribution(
            ann.getFileName() + ":" + String.join(" ", event[0]),
            roles.get("Content"), roles.getOrDefault("Source", List.of()), roles.getOrDefault("Cue", List.of())));
      }
    }
    return out;
  }

  private static List<Span> spans(Path ann, int line, String offsets) throws InputException {
    List<Span> out = new ArrayList<>();
    try {
      for (String part : offsets.split(";")) {
        String[] se = part.trim().split(" ");
        out.add(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
      }
    } catch (RuntimeException e) {
      throw new InputException(ann + ":" + line + ": bad offsets '" + offsets + "'");
    }
    return out;
  }
}
