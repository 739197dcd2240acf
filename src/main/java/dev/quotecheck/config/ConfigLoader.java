package dev.quotecheck.config;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.quotecheck.report.FailOn;
import dev.quotecheck.report.OutputTarget;
import dev.quotecheck.report.TextFiles;
import dev.quotecheck.text.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds and reads {@code .quotecheck.yml}. Every problem is one line naming the file and, where
 * the YAML parser knows it, the line: an unknown key, a value of the wrong shape, a bad threshold.
 */
public final class ConfigLoader {
  public static final String FILE_NAME = ".quotecheck.yml";

  /** Formats a config file may name: the CLI's own and the report package's. */
  static final Set<String> KNOWN_FORMATS = Set.of("text", "json", "markdown", "md", "html", "sarif", "github", "junit");

  private static final String KEYS = "version, corpus, index, aliases, accepted, fail-on, formats, ignore";

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** The file as written; lists may be given as a single value. */
  record Raw(
      @JsonProperty("version") Integer version,
      @JsonProperty("corpus") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> corpus,
      @JsonProperty("index") String index,
      @JsonProperty("aliases") String aliases,
      @JsonProperty("accepted") String accepted,
      @JsonProperty("fail-on") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> failOn,
      @JsonProperty("formats") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> formats,
      @JsonProperty("ignore") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> ignore) {}

  private ConfigLoader() {}

  /** The nearest {@value #FILE_NAME} in {@code start} or a directory above it. */
  public static Optional<Path> find(Path start) {
    for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The settings for a run: from {@code explicit} (the {@code --config} option) when given, which
   * must exist; else from the nearest config file above {@code workingDir}; else nothing set.
   */
  public static QuotecheckConfig resolve(Path explicit, Path workingDir) throws ConfigException {
    if (explicit != null) {
      return load(workingDir.resolve(explicit));
    }
    Optional<Path> found = find(workingDir);
    return found.isPresent() ? load(found.get()) : QuotecheckConfig.EMPTY;
  }

  public static QuotecheckConfig load(Path file) throws ConfigException {
    String name = file.toString();
    String text;
    try {
      text = TextFiles.readIfExists(file).orElseThrow(() -> new ConfigException(name + ": no such file"));
    } catch (ConfigException e) {
      throw e;
    } catch (InputException e) {
      throw new ConfigException(e.getMessage());
    }
    Path absolute = file.toAbsolutePath().normalize();
    Path dir = absolute.getParent();
    Map<String, Integer> lines = Map.of();
    Raw raw;
    try {
      JsonNode tree = YAML.readTree(text);
      if (tree == null || tree.isMissingNode() || tree.isNull()) {
        return new QuotecheckConfig(absolute, List.of(), null, null, null, null, List.of(), List.of());
      }
      if (!tree.isObject()) {
        throw new ConfigException(name + ":1: expected keys (" + KEYS + "), found " + tree.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
      }
      lines = keyLines(text);
      raw = YAML.readValue(text, Raw.class);
    } catch (UnrecognizedPropertyException e) {
      throw new ConfigException(name + ":" + lines.getOrDefault(e.getPropertyName(), line(e.getLocation()))
          + ": unknown key '" + e.getPropertyName()
          + "' (known: " + KEYS + ")");
    } catch (MismatchedInputException e) {
      String key = e.getPath().isEmpty() ? "?" : e.getPath().get(0).getFieldName();
      throw new ConfigException(name + ":" + lines.getOrDefault(key, line(e.getLocation())) + ": bad value for '" + key + "' ("
          + expected(key) + ")");
    } catch (JsonProcessingException e) {
      throw new ConfigException(name + ":" + line(e.getLocation()) + ": not valid YAML ("
          + e.getOriginalMessage().lines().findFirst().orElse("syntax error") + ")");
    } catch (IOException e) {
      throw new ConfigException(name + ": cannot read (" + e.getMessage() + ")");
    }
    return toConfig(name, absolute, dir, raw, lines);
  }

  private static QuotecheckConfig toConfig(String name, Path file, Path dir, Raw raw, Map<String, Integer> lines)
      throws ConfigException {
    if (raw.version() != null && raw.version() != 1) {
      throw new ConfigException(at(name, lines, "version") + "unsupported version " + raw.version() + " (this quotecheck reads version 1)");
    }
    FailOn failOn = null;
    if (raw.failOn() != null && !raw.failOn().isEmpty()) {
      try {
        failOn = FailOn.parse(String.join(",", raw.failOn()));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(at(name, lines, "fail-on") + e.getMessage().replaceFirst("^--fail-on: ", "fail-on: "));
      }
    }
    List<OutputTarget> formats = new ArrayList<>();
    for (String spec : orEmpty(raw.formats())) {
      OutputTarget t;
      try {
        t = OutputTarget.parse(spec);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(at(name, lines, "formats") + e.getMessage().replaceFirst("^--format ", "formats: "));
      }
      if (!KNOWN_FORMATS.contains(t.format())) {
        throw new ConfigException(at(name, lines, "formats") + "unknown format '" + t.format() + "' (known: "
            + String.join(", ", KNOWN_FORMATS.stream().sorted().toList()) + ")");
      }
      formats.add(t.toStdout() ? t : new OutputTarget(t.format(), dir.resolve(t.path()).normalize()));
    }
    List<String> ignore = orEmpty(raw.ignore());
    try {
      new IgnoreGlobs(dir, ignore);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(at(name, lines, "ignore") + e.getMessage());
    }
    return new QuotecheckConfig(file,
        orEmpty(raw.corpus()).stream().map(p -> path(dir, p)).toList(),
        path(dir, raw.index()), path(dir, raw.aliases()), path(dir, raw.accepted()),
        failOn, formats, ignore);
  }

  private static Path path(Path dir, String value) {
    return value == null || value.isBlank() ? null : dir.resolve(value.strip()).normalize();
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list.stream().filter(x -> x != null).toList();
  }

  private static String at(String name, Map<String, Integer> lines, String key) {
    Integer line = lines.get(key);
    return name + (line == null ? "" : ":" + line) + ": ";
  }

  private static int line(JsonLocation location) {
    return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
  }

  private static String expected(String key) {
    return switch (key) {
      case "corpus", "formats", "ignore", "fail-on" -> "expected a value or a list of values";
      case "version" -> "expected a number";
      default -> "expected a single value";
    };
  }

  /** The line of each top-level key, for messages about values that parse but make no sense. */
  private static Map<String, Integer> keyLines(String text) throws IOException {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser p = YAML.getFactory().createParser(text)) {
      int depth = 0;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.FIELD_NAME && depth == 1) {
          lines.putIfAbsent(p.currentName(), p.currentLocation().getLineNr());
        }
      }
    }
    return lines;
  }
}
