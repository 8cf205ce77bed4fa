package org.statementworkbench.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.statementworkbench.base.HostileXmlFiles;
import org.statementworkbench.base.HostileXmlFiles.Case;
import org.statementworkbench.base.HostileXmlFiles.Format;
import org.statementworkbench.base.UnLanguage;

/** The shared hostile-file set ({@link HostileXmlFiles}) against the memory's TMX reader. */
class TmxReaderHostileFilesTest {

    static final Format TMX = new Format(
            "tmx",
            "<tmx version=\"1.4\"><header srclang=\"en\" adminlang=\"en\" creationtool=\"t\""
                    + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" datatype=\"plaintext\"/><body>"
                    + "<tu><tuv xml:lang=\"en\"><seg>%s</seg></tuv><tuv xml:lang=\"fr\"><seg>Paix et sécurité</seg>"
                    + "</tuv></tu></body></tmx>");

    private final TmxReader reader = new TmxReader();

    @ParameterizedTest(name = "TMX: {0}")
    @MethodSource("org.statementworkbench.base.HostileXmlFiles#cases")
    void tmx(Case c) {
        byte[] file = c.file(TMX);
        if (c.accepted()) {
            assertThat(reader.read(file).units())
                    .singleElement()
                    .satisfies(unit ->
                            assertThat(unit.texts().get(UnLanguage.EN).text()).isEqualTo(c.text()));
        } else {
            assertThatThrownBy(() -> reader.read(file))
                    .isInstanceOf(TmxImportException.class)
                    .hasMessageEndingWith(". Nothing was imported.")
                    .satisfies(c::assertRefusal);
        }
    }

    /** The same files streamed from disk, as uploads are read: the same units, the same refusals. */
    @ParameterizedTest(name = "TMX streamed: {0}")
    @MethodSource("org.statementworkbench.base.HostileXmlFiles#cases")
    void tmxStreamed(Case c) throws IOException {
        Path file = Files.write(Files.createTempFile("hostile-", ".tmx"), c.file(TMX));
        try {
            List<TmxFile.Unit> units = new ArrayList<>();
            if (c.accepted()) {
                assertThat(reader.read(file, units::add).units()).isOne();
                assertThat(units)
                        .singleElement()
                        .satisfies(unit -> assertThat(
                                        unit.texts().get(UnLanguage.EN).text())
                                .isEqualTo(c.text()));
            } else {
                assertThatThrownBy(() -> reader.read(file, units::add))
                        .isInstanceOf(TmxImportException.class)
                        .hasMessageEndingWith(". Nothing was imported.")
                        .satisfies(c::assertRefusal);
            }
        } finally {
            Files.delete(file);
        }
    }
}
