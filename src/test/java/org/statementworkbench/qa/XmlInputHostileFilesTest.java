package org.statementworkbench.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.statementworkbench.base.HostileXmlFiles;
import org.statementworkbench.base.HostileXmlFiles.Case;
import org.statementworkbench.base.HostileXmlFiles.Format;

/**
 * The shared hostile-file set ({@link HostileXmlFiles}) against the batch QA's XML input ({@link XmlInput}, read by
 * {@code ./workbench qa} and {@code ./workbench tm}), as XLIFF 1.2 and as TMX.
 */
class XmlInputHostileFilesTest {

    static final Format XLIFF = new Format(
            "xliff",
            "<xliff version=\"1.2\"><file source-language=\"en\" target-language=\"fr\" datatype=\"plaintext\""
                    + " original=\"s.docx\"><body><trans-unit id=\"1\"><source>%s</source>"
                    + "<target>Paix et sécurité</target></trans-unit></body></file></xliff>");

    static final Format TMX = new Format(
            "tmx",
            "<tmx version=\"1.4\"><header srclang=\"en\" adminlang=\"en\" creationtool=\"t\""
                    + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" datatype=\"plaintext\"/><body>"
                    + "<tu><tuv xml:lang=\"en\"><seg>%s</seg></tuv><tuv xml:lang=\"fr\"><seg>Paix et sécurité</seg>"
                    + "</tuv></tu></body></tmx>");

    @ParameterizedTest(name = "XLIFF: {0}")
    @MethodSource("org.statementworkbench.base.HostileXmlFiles#cases")
    void xliff(Case c) {
        check(c, XLIFF, "statement.xlf");
    }

    @ParameterizedTest(name = "TMX: {0}")
    @MethodSource("org.statementworkbench.base.HostileXmlFiles#cases")
    void tmx(Case c) {
        check(c, TMX, "memory.tmx");
    }

    private static void check(Case c, Format format, String name) {
        byte[] file = c.file(format);
        if (c.accepted()) {
            assertThat(QaInput.read(file, name, "en", "fr"))
                    .singleElement()
                    .satisfies(unit -> assertThat(unit.source()).isEqualTo(c.text()));
        } else {
            assertThatThrownBy(() -> QaInput.read(file, name, "en", "fr"))
                    .isInstanceOf(QaInputException.class)
                    .hasMessageStartingWith(name + ": ")
                    .satisfies(c::assertRefusal);
        }
    }
}
