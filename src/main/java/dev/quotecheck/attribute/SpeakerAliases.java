package dev.quotecheck.attribute;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.quotecheck.text.InputException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Speaker aliases from a YAML file: canonical names mapped to the variants and roles that denote
 * them, for example
 *
 * <pre>
 * Donald Trump: [the president, President Trump]
 * Benny Gantz:
 *   - the defense minister
 * </pre>
 *
 * A variant matches a mention case-insensitively, with or without a leading article. Immutable.
 */
public final class SpeakerAliases {
  private static final SpeakerAliases NONE = new SpeakerAliases(Map.of());

  private final Map<String, List<String>> entries;
  private final Map<String, String> byVariant;

  private SpeakerAliases(Map<String, List<String>> entries) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    Map<String, String> index = new HashMap<>();
    entries.forEach((name, variants) -> {
      copy.put(name, List.copyOf(variants));
      index.put(key(name), name);
      for (String v : variants) {
        index.put(key(v), name);
      }
    });
    this.entries = java.util.Collections.unmodifiableMap(copy);
    this.byVariant = Map.copyOf(index);
  }

  /** No aliases. */
  public static SpeakerAliases none() {
    return NONE;
  }

  /** Aliases from a map of canonical name to variants (names and variants must not be blank). */
  public static SpeakerAliases of(Map<String, List<String>> entries) {
    entries.forEach((name, variants) -> {
      if (name == null || name.isBlank() || variants.stream().anyMatch(v -> v == null || v.isBlank())) {
        throw new IllegalArgumentException("blank speaker name or variant for " + name);
      }
    });
    return new SpeakerAliases(entries);
  }

  /**
   * Reads an alias file. Each top-level key is a canonical name; its value is a list of variants
   * or a single variant.
   *
   * @throws InputException with a one-line message naming the file and line when the file is
   *     missing, unreadable or not of that shape
   */
  public static SpeakerAliases load(Path file) throws InputException {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + ": speaker alias file not found");
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        JsonParser p = new YAMLFactory().createParser(r)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return NONE;
      }
      expect(file, p, first == JsonToken.START_OBJECT, "expected 'Canonical Name: [variant, ...]' entries");
      for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
        String name = p.currentName() == null ? "" : p.currentName().strip();
        expect(file, p, t == JsonToken.FIELD_NAME && !name.isEmpty(), "expected a speaker name");
        out.put(name, variants(file, p, name));
      }
    } catch (JsonProcessingException e) {
      throw new InputException(where(file, e.getLocation()) + "invalid YAML: " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new InputException(file + ": cannot read speaker alias file: " + e.getMessage());
    }
    return new SpeakerAliases(out);
  }

  /** The canonical name a mention denotes by the alias file, if any. */
  public Optional<String> lookup(String mention) {
    return mention == null ? Optional.empty() : Optional.ofNullable(byVariant.get(key(mention)));
  }

  /** The alias file's spelling of a speaker ({@code Trump} becomes {@code Donald Trump}), or the speaker. */
  public String canonical(String speaker, SpeakerNames names) {
    if (speaker == null) {
      return null;
    }
    Optional<String> direct = lookup(speaker);
    if (direct.isPresent()) {
      return direct.get();
    }
    String match = null;
    for (String name : entries.keySet()) {
      if (names.sameSpeaker(name, speaker)) {
        if (match != null) {
          return speaker; // ambiguous: leave it as the document says
        }
        match = name;
      }
    }
    return match == null ? speaker : match;
  }

  /** Canonical names and their variants, in file order. */
  public Map<String, List<String>> entries() {
    return entries;
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  private static List<String> variants(Path file, JsonParser p, String name) throws IOException, InputException {
    JsonToken t = p.nextToken();
    List<String> out = new ArrayList<>();
    if (t == JsonToken.VALUE_STRING) {
      out.add(p.getText().strip());
      return out;
    }
    if (t == JsonToken.VALUE_NULL) {
      return out;
    }
    expect(file, p, t == JsonToken.START_ARRAY, "variants of '" + name + "' must be a list of names");
    for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      expect(file, p, t == JsonToken.VALUE_STRING && !p.getText().isBlank(),
          "variants of '" + name + "' must be non-empty names");
      out.add(p.getText().strip());
    }
    return out;
  }

  private static void expect(Path file, JsonParser p, boolean ok, String message) throws InputException {
    if (!ok) {
      throw new InputException(where(file, p.currentTokenLocation()) + message);
    }
  }

  private static String where(Path file, JsonLocation at) {
    return at == null || at.getLineNr() < 1 ? file + ": " : file + ":" + at.getLineNr() + ": ";
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "malformed";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  static String key(String s) {
    String k = s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replace('’', '\'');
    return DocumentEntities.stripArticle(k);
  }
}
