package dev.quotecheck.corpus;

import java.util.ArrayList;
import java.util.List;

/** What a {@link CorpusReader} got out of one file: its turns, and what it could not read. */
public record Reading(List<Turn> turns, List<CorpusProblem> problems) {
  public Reading {
    turns = List.copyOf(turns);
    problems = List.copyOf(problems);
  }

  public static Reading failed(CorpusProblem problem) {
    return new Reading(List.of(), List.of(problem));
  }

  /** All passages in file order. */
  public List<Passage> passages() {
    List<Passage> out = new ArrayList<>();
    for (Turn t : turns) {
      out.addAll(t.passages());
    }
    return out;
  }
}
