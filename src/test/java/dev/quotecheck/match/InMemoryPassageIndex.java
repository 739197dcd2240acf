package dev.quotecheck.match;

import dev.quotecheck.attribute.SpeakerNames;
import dev.quotecheck.corpus.Passage;
import dev.quotecheck.index.PassageIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A test double for the Lucene index: an inverted word index in memory, ranking passages by the
 * summed inverse document frequency of the query words they contain. Postings are visited, not
 * the whole corpus, but there is no persistence and no phrase scoring.
 */
final class InMemoryPassageIndex implements PassageIndex {

  private final List<Passage> passages;
  private final Map<String, int[]> postings;
  private final Normalizer normalizer = Normalizer.standard();

  InMemoryPassageIndex(List<Passage> passages) {
    this.passages = List.copyOf(passages);
    Map<String, List<Integer>> build = new HashMap<>();
    for (int id = 0; id < this.passages.size(); id++) {
      Set<String> seen = new HashSet<>();
      for (Token t : normalizer.source(this.passages.get(id).text())) {
        if (seen.add(t.norm())) {
          build.computeIfAbsent(t.norm(), k -> new ArrayList<>()).add(id);
        }
      }
    }
    this.postings = new HashMap<>();
    build.forEach((k, v) -> postings.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
  }

  @Override
  public List<Passage> candidates(String text, String speakerName, int limit) {
    Set<String> names = speakerName == null ? null : nameWords(speakerName);
    double[] score = new double[passages.size()];
    Set<Integer> hit = new LinkedHashSet<>();
    Set<String> terms = new LinkedHashSet<>();
    normalizer.draft(text).stream().filter(Token::isWord).forEach(t -> terms.add(t.norm()));
    for (String term : terms) {
      int[] ids = postings.get(term);
      if (ids == null) {
        continue;
      }
      double idf = Math.log(1 + (double) passages.size() / ids.length);
      for (int id : ids) {
        score[id] += idf;
        hit.add(id);
      }
    }
    List<Integer> ranked = new ArrayList<>();
    for (int id : hit) {
      if (names == null || sharesName(passages.get(id).speaker(), names)) {
        ranked.add(id);
      }
    }
    ranked.sort((a, b) -> Double.compare(score[b], score[a]));
    return ranked.stream().limit(limit).map(passages::get).toList();
  }

  private static boolean sharesName(String speaker, Set<String> names) {
    if (speaker == null) {
      return false;
    }
    Set<String> own = nameWords(speaker);
    own.retainAll(names);
    return !own.isEmpty();
  }

  private static Set<String> nameWords(String name) {
    String canonical = SpeakerNames.standard().canonical(name).toLowerCase(Locale.ROOT);
    return new HashSet<>(Arrays.asList(canonical.split("[\\s.]+")));
  }

  @Override
  public long size() {
    return passages.size();
  }

  @Override
  public void close() {}
}
