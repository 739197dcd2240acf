package dev.quotecheck.attribute;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The speech-cue lexicon ({@code speech-cues.txt}): verb forms that report speech and multi-word
 * cues such as {@code according to}. Immutable; the bundled lexicon is loaded once.
 */
final class SpeechCues {

  /** A multi-word cue: its words and the construction it introduces ({@code verb} acts as a verb). */
  record Phrase(List<String> words, String label) {
    Phrase {
      words = List.copyOf(words);
    }
  }

  private static final class Standard {
    static final SpeechCues INSTANCE = load("speech-cues.txt");
  }

  private final Map<String, String> lemmaByForm;
  /** The lemmas, for a lookup per word instead of a scan of the map's values. */
  private final java.util.Set<String> lemmas;
  private final List<Phrase> phrases;

  SpeechCues(Map<String, String> lemmaByForm, List<Phrase> phrases) {
    this.lemmaByForm = Map.copyOf(lemmaByForm);
    this.lemmas = java.util.Set.copyOf(lemmaByForm.values());
    this.phrases = List.copyOf(phrases);
  }

  static SpeechCues standard() {
    return Standard.INSTANCE;
  }

  /** Whether a word form reports speech (case-insensitive). */
  boolean isVerb(String form) {
    return lemmaByForm.containsKey(form.toLowerCase(Locale.ROOT));
  }

  String lemma(String form) {
    return lemmaByForm.get(form.toLowerCase(Locale.ROOT));
  }

  /** Whether a word is the base form of a cue verb not listed as a form ("conclude"). */
  boolean isBaseForm(String form) {
    String lower = form.toLowerCase(Locale.ROOT);
    return !lemmaByForm.containsKey(lower) && lemmas.contains(lower);
  }

  /** The -ing form of a cue: it introduces a quotation without a subject of its own. */
  boolean isParticiple(String form) {
    return isVerb(form) && form.toLowerCase(Locale.ROOT).endsWith("ing");
  }

  /** The multi-word cue starting at token {@code i}, or null. */
  Phrase phraseAt(List<Token> tokens, int i) {
    for (Phrase p : phrases) {
      int n = p.words().size();
      if (i + n > tokens.size()) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < n && all; k++) {
        all = tokens.get(i + k).is(p.words().get(k));
      }
      if (all) {
        return p;
      }
    }
    return null;
  }

  static SpeechCues load(String resource) {
    Map<String, String> forms = new HashMap<>();
    List<Phrase> phrases = new ArrayList<>();
    try (InputStream in = SpeechCues.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        if (l.startsWith("phrase:")) {
          String[] parts = l.substring("phrase:".length()).split("\\|");
          if (parts.length != 2) {
            throw new IllegalStateException(resource + ":" + lineNo + ": expected phrase:words|label");
          }
          phrases.add(new Phrase(List.of(parts[0].strip().split("\\s+")), parts[1].strip()));
          continue;
        }
        int colon = l.indexOf(':');
        if (colon <= 0) {
          throw new IllegalStateException(resource + ":" + lineNo + ": expected lemma: forms");
        }
        String lemma = l.substring(0, colon).strip();
        for (String f : l.substring(colon + 1).strip().split("\\s+")) {
          forms.put(f.toLowerCase(Locale.ROOT), lemma);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SpeechCues(forms, phrases);
  }
}
