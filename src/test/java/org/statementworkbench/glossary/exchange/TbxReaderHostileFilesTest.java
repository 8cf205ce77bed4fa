package org.statementworkbench.glossary.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.statementworkbench.base.HostileXmlFiles;
import org.statementworkbench.base.HostileXmlFiles.Case;
import org.statementworkbench.base.HostileXmlFiles.Format;
import org.statementworkbench.glossary.TermDraft;

/** The shared hostile-file set ({@link HostileXmlFiles}) against the glossary's TBX reader, as TBX v3. */
class TbxReaderHostileFilesTest {

    static final Format TBX = new Format(
            "tbx",
            "<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>"
                    + "<conceptEntry id=\"c1\"><langSec xml:lang=\"en\"><termSec><term>%s</term></termSec></langSec>"
                    + "<langSec xml:lang=\"fr\"><termSec><term>Paix et sécurité</term></termSec></langSec>"
                    + "</conceptEntry></body></text></tbx>");

    private final TbxReader reader = new TbxReader();

    @ParameterizedTest(name = "TBX: {0}")
    @MethodSource("org.statementworkbench.base.HostileXmlFiles#cases")
    void tbx(Case c) {
        byte[] file = c.file(TBX);
        if (c.accepted()) {
            assertThat(reader.read(file))
                    .singleElement()
                    .satisfies(concept -> assertThat(concept.terms())
                            .extracting(TermDraft::text)
                            .containsExactly(c.text(), "Paix et sécurité"));
        } else {
            assertThatThrownBy(() -> reader.read(file))
                    .isInstanceOf(GlossaryImportException.class)
                    .hasMessageEndingWith(". Nothing was imported.")
                    .satisfies(c::assertRefusal);
        }
    }
}
