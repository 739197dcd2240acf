package dev.quotecheck.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.quotecheck.report.OutputTarget;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code --print-config}: the merged settings as YAML that {@link ConfigLoader} reads back. */
public final class ConfigPrinter {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));

  private ConfigPrinter() {}

  /** Every setting in effect, defaults included; {@code workingDir} places the defaults that need it. */
  public static String toYaml(QuotecheckConfig config, Path workingDir) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("version", 1);
    if (!config.corpus().isEmpty()) {
      out.put("corpus", config.corpus().stream().map(Path::toString).toList());
    }
    if (config.index() != null) {
      out.put("index", config.index().toString());
    }
    if (config.aliases() != null) {
      out.put("aliases", config.aliases().toString());
    }
    out.put("accepted", config.acceptedOrDefault(workingDir).toString());
    out.put("fail-on", config.failOnOrDefault().toString());
    out.put("formats", config.formats().isEmpty()
        ? java.util.List.of("text")
        : config.formats().stream().map(ConfigPrinter::spec).toList());
    if (!config.ignore().isEmpty()) {
      out.put("ignore", config.ignore());
    }
    String origin = config.file() == null
        ? "# quotecheck settings (no .quotecheck.yml found; defaults and command line)\n"
        : "# quotecheck settings: " + config.file() + " merged with the command line\n";
    try {
      return origin + YAML.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String spec(OutputTarget t) {
    return t.toStdout() ? t.format() : t.format() + "=" + t.path();
  }
}
