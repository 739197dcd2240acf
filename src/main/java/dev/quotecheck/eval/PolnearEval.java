package dev.quotecheck.eval;

import dev.quotecheck.DocumentResult;
import dev.quotecheck.QuoteChecker;
import dev.quotecheck.QuoteResult;
import dev.quotecheck.attribute.Attribution;
import dev.quotecheck.eval.GoldQuotes.GoldQuote;
import dev.quotecheck.extract.QuoteKind;
import dev.quotecheck.text.Document;
import dev.quotecheck.text.InputException;
import dev.quotecheck.text.Span;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the default pipeline on a PolNeAR split: quotation extraction (precision, recall, F1 with
 * at least 50% span overlap) and, on the quotations found, attribution (the mention overlaps the
 * gold Source of the attribution whose Content holds the quotation).
 */
public final class PolnearEval {

  private final QuoteChecker checker;

  public PolnearEval() {
    this(QuoteChecker.builder().build());
  }

  public PolnearEval(QuoteChecker checker) {
    this.checker = checker;
  }

  /** Both scores for a split directory ({@code .../polnear/dev}). */
  public record Result(String split, int articles, ExtractionScore extraction, AttributionScore attribution) {}

  public Result evaluate(Path splitDir) throws InputException {
    List<PolnearArticle> articles = PolnearCorpus.load(splitDir);
    Tally t = new Tally();
    for (PolnearArticle article : articles) {
      score(article, t);
    }
    Path name = splitDir.toAbsolutePath().normalize().getFileName();
    return new Result(
        name == null ? splitDir.toString() : name.toString(),
        articles.size(),
        new ExtractionScore(t.gold, t.predicted, t.predictedScare, t.matched, t.matchedScare, t.misses),
        new AttributionScore(t.scored, t.right, t.noSource, t.attributionMisses, t.swapped, t.rightIfUnswapped,
            t.bands(), t.scoredByConstruction));
  }

  /**
   * Prints the scores (and with {@code listMisses} every miss) and returns the exit code, 0.
   *
   * @throws InputException when the directory is not a PolNeAR split (one-line message)
   */
  public int run(Path splitDir, PrintStream out, boolean listMisses) throws InputException {
    Result r = evaluate(splitDir);
    ExtractionScore e = r.extraction();
    AttributionScore a = r.attribution();
    out.printf(Locale.ROOT, "PolNeAR %s: %d articles, %d gold quotations, %d extracted (%d scare quotes)%n",
        r.split(), r.articles(), e.gold(), e.predicted(), e.predictedScare());
    out.printf(Locale.ROOT, "extraction F1 %.3f  precision %.3f  recall %.3f   (headline: precision over non-scare quotations)%n",
        e.f1(), e.precision(), e.recall());
    out.printf(Locale.ROOT, "extraction F1 %.3f  precision %.3f  recall %.3f   (all extracted quotations)%n",
        e.f1All(), e.precisionAll(), e.recall());
    out.printf(Locale.ROOT, "attribution source accuracy %.3f  (%d of %d matched quotations; %d with no gold source not scored)%n",
        a.accuracy(), a.right(), a.scored(), a.noSource());
    if (a.swapped() > 0) {
      out.printf(Locale.ROOT, "  (%d wrong by a gold Source that is a verb, its Cue a name: labels swapped by the annotator;"
          + " read the other way round, accuracy %.3f)%n", a.swapped(), a.accuracyUnswapped());
    }
    double ceiling = 1.0;
    for (AttributionScore.Band b : a.byConfidence()) {
      out.printf(Locale.ROOT, "  confidence %.2f-%.2f: accuracy %.3f  (%d of %d)%n",
          b.floor(), ceiling, b.accuracy(), b.right(), b.scored());
      ceiling = b.floor();
    }
    for (Map.Entry<String, List<AttributionScore.Miss>> g : new TreeMap<>(a.missesByConstruction()).entrySet()) {
      out.printf(Locale.ROOT, "  wrong source, construction %-24s %d of %d%n", g.getKey(), g.getValue().size(),
          a.scoredByConstruction().getOrDefault(g.getKey(), g.getValue().size()));
    }
    if (listMisses) {
      for (ExtractionScore.Miss m : e.misses()) {
        out.printf(Locale.ROOT, "%s %s:%d [%s] %s%n", m.type(), m.file(), m.offset(), m.kind(), shorten(m.text()));
      }
      for (Map.Entry<String, List<AttributionScore.Miss>> g : new TreeMap<>(a.missesByConstruction()).entrySet()) {
        for (AttributionScore.Miss m : g.getValue()) {
          out.printf(Locale.ROOT, "source %s %s:%d mention=%s gold=%s quote=%s%n",
              g.getKey(), m.file(), m.offset(), m.mention(), m.goldSource(), shorten(m.quote()));
        }
      }
    }
    return 0;
  }

  /** {@code PolnearEval SPLIT_DIR [--misses]}: the same as {@code quotecheck eval polnear}. */
  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2 || (args.length == 2 && !args[1].equals("--misses"))) {
      System.err.println("usage: PolnearEval SPLIT_DIR [--misses]");
      System.exit(2);
    }
    try {
      System.exit(new PolnearEval().run(Path.of(args[0]), System.out, args.length == 2));
    } catch (InputException e) {
      System.err.println(e.getMessage());
      System.exit(2);
    }
  }

  private void score(PolnearArticle article, Tally t) {
    Document doc = Document.plain(article.name() + ".txt", article.text());
    DocumentResult result = checker.check(doc);
    List<GoldQuote> gold = GoldQuotes.of(article);
    List<Span> goldSpans = new ArrayList<>(gold.size());
    for (GoldQuote g : gold) {
      goldSpans.add(g.span());
    }
    List<QuoteResult> predicted = new ArrayList<>(result.quotes());
    predicted.sort((x, y) -> x.quote().content().compareTo(y.quote().content()));
    List<Span> predictedSpans = new ArrayList<>(predicted.size());
    for (QuoteResult q : predicted) {
      predictedSpans.add(doc.toOriginal(q.quote().content()));
    }
    int[] match = SpanMatcher.match(goldSpans, predictedSpans);
    // A gold quotation that only a nested quotation matches was found too; nested quotations
    // are not counted as predictions (their parent is).
    List<QuoteResult> nested = nested(predicted);
    List<Span> nestedSpans = new ArrayList<>(nested.size());
    for (QuoteResult q : nested) {
      nestedSpans.add(doc.toOriginal(q.quote().content()));
    }
    List<Integer> unmatched = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (match[g] < 0) {
        unmatched.add(g);
      }
    }
    List<Span> unmatchedSpans = new ArrayList<>(unmatched.size());
    for (int g : unmatched) {
      unmatchedSpans.add(goldSpans.get(g));
    }
    int[] nestedMatch = SpanMatcher.match(unmatchedSpans, nestedSpans);
    boolean[] used = new boolean[predicted.size()];
    String file = article.name() + ".txt";
    for (int g = 0, u = 0; g < gold.size(); g++) {
      Span span = goldSpans.get(g);
      QuoteResult q;
      if (match[g] >= 0) {
        used[match[g]] = true;
        q = predicted.get(match[g]);
      } else {
        int m = nestedMatch[u++];
        if (m < 0) {
          t.misses.add(new ExtractionScore.Miss(file, span.start(), "missed", "gold", span.of(article.text())));
          continue;
        }
        q = nested.get(m);
      }
      t.matched++;
      if (q.quote().kind() == QuoteKind.SCARE && match[g] >= 0) {
        t.matchedScare++;
      }
      scoreSource(doc, file, gold.get(g), q, t);
    }
    for (int p = 0; p < predicted.size(); p++) {
      QuoteKind kind = predicted.get(p).quote().kind();
      t.predicted++;
      if (kind == QuoteKind.SCARE) {
        t.predictedScare++;
      }
      if (!used[p]) {
        t.misses.add(new ExtractionScore.Miss(
            file, predictedSpans.get(p).start(), "spurious", kind.id(), predicted.get(p).quote().text()));
      }
    }
    t.gold += gold.size();
  }

  private static void scoreSource(Document doc, String file, GoldQuote gold, QuoteResult q, Tally t) {
    GoldAttribution a = gold.attribution();
    if (a.source().isEmpty()) {
      t.noSource++;
      return;
    }
    t.scored++;
    Attribution attribution = q.attribution();
    t.scoredByConstruction.merge(attribution.construction() == null ? "none" : attribution.construction(), 1, Integer::sum);
    int band = AttributionScore.band(attribution.confidence());
    t.bandScored[band]++;
    Span mention = attribution.mention() == null ? null : doc.toOriginal(attribution.mention());
    if (mention != null && a.sourceOverlaps(mention)) {
      t.right++;
      t.bandRight[band]++;
      return;
    }
    if (swappedLabels(doc.original(), a)) {
      t.swapped++;
      if (mention != null && a.cue().stream().anyMatch(c -> c.overlaps(mention))) {
        t.rightIfUnswapped++;
      }
    }
    String construction = attribution.construction() == null ? "none" : attribution.construction();
    t.attributionMisses.computeIfAbsent(construction, k -> new ArrayList<>()).add(new AttributionScore.Miss(
        file, doc.toOriginal(q.quote().content().start()), q.quote().text(),
        attribution.mentionText(), a.sourceText(doc.original())));
  }

  /** "Source: said", "Cue: David Plouffe, the architect of …": the annotator swapped the labels. */
  private static boolean swappedLabels(String text, GoldAttribution a) {
    String source = a.sourceText(text).strip().toLowerCase(Locale.ROOT);
    return SWAP_VERBS.contains(source) && !a.cue().isEmpty()
        && Character.isUpperCase(a.cue().get(0).of(text).strip().codePointAt(0));
  }

  private static final java.util.Set<String> SWAP_VERBS = java.util.Set.of("said", "says", "say", "told", "tells",
      "added", "adds", "asked", "asks", "wrote", "writes");

  /** Every quotation nested below the given ones, sorted by content start. */
  private static List<QuoteResult> nested(List<QuoteResult> top) {
    List<QuoteResult> out = new ArrayList<>();
    List<QuoteResult> todo = new ArrayList<>();
    for (QuoteResult q : top) {
      todo.addAll(q.nested());
    }
    while (!todo.isEmpty()) {
      QuoteResult q = todo.remove(todo.size() - 1);
      out.add(q);
      todo.addAll(q.nested());
    }
    out.sort((x, y) -> x.quote().content().compareTo(y.quote().content()));
    return out;
  }

  private static String shorten(String s) {
    String one = s.replace('\n', ' ');
    return one.length() <= 120 ? one : one.substring(0, 117) + "...";
  }

  /** Running counts over a split. */
  private static final class Tally {
    int gold;
    int predicted;
    int predictedScare;
    int matched;
    int matchedScare;
    int scored;
    int right;
    int noSource;
    int swapped;
    int rightIfUnswapped;
    final int[] bandScored = new int[AttributionScore.BAND_FLOORS.length];
    final int[] bandRight = new int[AttributionScore.BAND_FLOORS.length];
    final List<ExtractionScore.Miss> misses = new ArrayList<>();
    final Map<String, List<AttributionScore.Miss>> attributionMisses = new TreeMap<>();
    final Map<String, Integer> scoredByConstruction = new TreeMap<>();

    List<AttributionScore.Band> bands() {
      List<AttributionScore.Band> out = new ArrayList<>();
      for (int i = 0; i < bandScored.length; i++) {
        out.add(new AttributionScore.Band(AttributionScore.BAND_FLOORS[i], bandScored[i], bandRight[i]));
      }
      return out;
    }
  }
}
