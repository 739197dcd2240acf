package dev.quotecheck.attribute;

import static dev.quotecheck.attribute.Pipeline.attribute;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A pasted pull quote signed on its own last line, inside the quotation marks. */
class SignatureLineTest {
  @Test
  void aShortVerblessNameLineClosingTheQuotationSignsIt() {
    List<Attribution> a = attribute("Harbor director Ingrid Voss spoke first.\n\n"
        + "\"The ferry will not run on time until the pier is rebuilt. Nobody here believes otherwise.\n"
        + "Marta Lind, Harbor Council.\"\n\nThe vote was delayed.");
    assertThat(a.get(0).mentionText()).startsWith("Marta Lind");
    assertThat(a.get(0).speaker()).isEqualTo("Marta Lind");
    assertThat(a.get(0).construction()).isEqualTo("dash");
  }

  @Test
  void aCapitalisedDescriptionAloneSignsIt() {
    List<Attribution> a = attribute("Harbor director Ingrid Voss spoke first.\n\n"
        + "\"The ferry will not run on time until the pier is rebuilt.\n"
        + "Former harbor pilot Nils Berg.\"");
    assertThat(a.get(0).speaker()).isEqualTo("Nils Berg");
  }

  @Test
  void aLastLineWithAVerbOrAnOpeningMarkIsPartOfTheQuotation() {
    List<Attribution> a = attribute("“The ferry will not run on time,” Ingrid Voss said.\n\n"
        + "\"Nobody here believes otherwise.\n"
        + "Voss then left the room.\"");
    assertThat(a.get(1).speaker()).isEqualTo("Ingrid Voss");
    assertThat(a.get(1).construction()).isNotEqualTo("dash");
  }
}
