package dev.quotecheck.match;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes generated cases as news-style drafts ({@code draft-NN.md}, eight quotations each) and
 * {@code expected.tsv} (draft, offsets of each quotation's content, credited speaker, expected
 * status and severity, category, origin), for running the whole pipeline on them.
 */
final class VerifyDrafts {

  static final int PER_DRAFT = 8;
  private static final List<String> PATTERNS = List.of(
      "%s said on Tuesday: “%s”", "“%s,” %s told the audience.", "In the debate, %s argued that “%s”");

  private VerifyDrafts() {}

  /** The file name of draft {@code d} (0-based). */
  static String name(int d) {
    return String.format("draft-%02d.md", d + 1);
  }

  static void write(Path dir, List<VerifyCase> cases) throws IOException {
    Files.createDirectories(dir);
    StringBuilder tsv = new StringBuilder("draft\tstart\tend\tspeaker\tstatus\tseverity\tcategory\torigin\n");
    for (int d = 0; d * PER_DRAFT < cases.size(); d++) {
      String name = name(d);
      StringBuilder text = new StringBuilder("# Debate fact check " + (d + 1) + "\n\n");
      for (int i = d * PER_DRAFT; i < Math.min(cases.size(), (d + 1) * PER_DRAFT); i++) {
        VerifyCase c = cases.get(i);
        int pattern = i % PATTERNS.size();
        String para = pattern == 1
            ? String.format(PATTERNS.get(1), c.quote(), c.speaker())
            : String.format(PATTERNS.get(pattern), c.speaker(), c.quote());
        int start = text.length() + para.indexOf(c.quote());
        tsv.append(String.join("\t", name, Integer.toString(start), Integer.toString(start + c.quote().length()),
            c.speaker(), c.status().id(), c.severity().id(), c.category(), c.origin())).append('\n');
        text.append(para).append("\n\n");
      }
      Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
    Files.writeString(dir.resolve("expected.tsv"), tsv, StandardCharsets.UTF_8);
  }
}
