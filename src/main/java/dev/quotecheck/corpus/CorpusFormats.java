package dev.quotecheck.corpus;

import dev.quotecheck.QuoteChecker;
import dev.quotecheck.text.Format;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Chooses the {@link CorpusReader} for a file: by extension first ({@code .jsonl}, {@code .vtt},
 * {@code .srt}), then by content for text, Markdown and HTML (a front matter naming a speaker,
 * transcript speaker labels, or else an article).
 */
public final class CorpusFormats {
  private static final Set<String> EXTENSIONS =
      Set.of("txt", "text", "md", "markdown", "html", "htm", "vtt", "srt", "jsonl", "ndjson");

  private final Supplier<QuoteChecker> checker;
  private QuoteChecker built;

  /** @param checker makes the checker that attributes article quotations; called at most once */
  public CorpusFormats(Supplier<QuoteChecker> checker) {
    this.checker = checker;
  }

  /** Articles are attributed by the default {@link QuoteChecker}. */
  public static CorpusFormats standard() {
    return new CorpusFormats(() -> QuoteChecker.builder().build());
  }

  /** Whether files with this name are reference material quotecheck reads. */
  public static boolean supports(String fileName) {
    return EXTENSIONS.contains(extension(fileName));
  }

  /** The reader for a file, or empty when quotecheck does not read its kind. */
  public Optional<CorpusReader> readerFor(String fileName, String original) {
    String ext = extension(fileName);
    if (original.startsWith("WEBVTT") || ext.equals("vtt")) {
      return Optional.of(SubtitleReader.webVtt());
    }
    switch (ext) {
      case "srt":
        return Optional.of(SubtitleReader.srt());
      case "jsonl":
      case "ndjson":
        return Optional.of(new JsonLinesReader());
      case "html":
      case "htm":
        return Optional.of(new ArticleReader(Format.HTML, checker()));
      case "md":
      case "markdown":
        return Optional.of(textual(Format.MARKDOWN, original));
      case "txt":
      case "text":
      case "":
        return Optional.of(textual(Format.TEXT, original));
      default:
        return Optional.empty();
    }
  }

  private CorpusReader textual(Format format, String original) {
    Optional<FrontMatter> header = FrontMatter.of(original);
    if (header.isPresent() && header.get().speaker() != null) {
      return new SpeechReader(format);
    }
    if (TranscriptReader.sniff(original)) {
      return new TranscriptReader();
    }
    return new ArticleReader(format, checker());
  }

  private synchronized QuoteChecker checker() {
    if (built == null) {
      built = checker.get();
    }
    return built;
  }

  static String extension(String fileName) {
    String name = fileName.substring(fileName.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
