package dev.quotecheck.match;

import dev.quotecheck.corpus.Passage;
import dev.quotecheck.index.PassageIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/** Candidate passages for a quotation from the index, and how they are grouped for alignment. */
final class Candidates {

  private static final Pattern EDITORIAL = Pattern.compile("\\[[^\\]]{0,80}\\]|…|\\.\\s?\\.\\s?\\.");

  private final PassageIndex index;
  private final int limit;
  private final int nearChars;

  Candidates(PassageIndex index, int limit, int nearChars) {
    this.index = Objects.requireNonNull(index, "index");
    this.limit = limit;
    this.nearChars = nearChars;
  }

  /** Passages for the query text: the attributed speaker's own first (when named), then everyone's. */
  List<Passage> fetch(String query, String speaker, boolean everyone) {
    Map<String, Passage> out = new LinkedHashMap<>();
    if (speaker != null) {
      add(out, index.candidates(query, speaker, limit));
    }
    if (everyone || speaker == null) {
      add(out, index.candidates(query, null, limit));
    }
    return new ArrayList<>(out.values());
  }

  /** The speaker's passages that may hold every word of the query: where a verbatim quotation's source is. */
  List<Passage> holdingAllWords(String query, String speaker) {
    return index.holdingAllWords(query, speaker, limit);
  }

  static void add(Map<String, Passage> out, List<Passage> passages) {
    for (Passage p : passages) {
      out.putIfAbsent(p.path() + "\u0000" + p.start(), p);
    }
  }

  /**
   * Passages of one file and speaker that lie near each other, merged in file order, so the
   * segments of an ellipsis quotation can come from neighbouring turns.
   */
  List<List<Passage>> clusters(List<Passage> passages) {
    List<Passage> sorted = new ArrayList<>(passages);
    sorted.sort(Comparator.comparing(Passage::path).thenComparing(p -> String.valueOf(p.speaker())).thenComparingInt(Passage::start));
    List<List<Passage>> out = new ArrayList<>();
    List<Passage> current = new ArrayList<>();
    for (Passage p : sorted) {
      if (!current.isEmpty()) {
        Passage last = current.get(current.size() - 1);
        boolean near = last.path().equals(p.path())
            && Objects.equals(last.speaker(), p.speaker())
            && p.start() - last.end() <= nearChars;
        if (!near) {
          out.add(current);
          current = new ArrayList<>();
        }
      }
      current.add(p);
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  /** Each passage on its own. */
  static List<List<Passage>> singles(List<Passage> passages) {
    return passages.stream().map(List::of).toList();
  }

  /** The text to search the index with: brackets removed, every ellipsis as one "…". */
  static String queryText(String quotation) {
    // An ellipsis stays a break (one "…"), so words on either side never join into a phrase or number.
    return EDITORIAL.matcher(quotation).replaceAll(m -> m.group().startsWith("[") ? " " : " … ").strip();
  }
}
