package org.statementworkbench.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.SdgCorpus;
import org.statementworkbench.security.Role;

/**
 * A 100,000-unit English-French TMX (the SDG goals, targets and indicators, numbered to make 100,000 distinct units)
 * is read, previewed, imported and indexed, then deleted: the import takes well under a minute. Prints its figures.
 */
@SpringBootTest
class TmxImportScaleTest {

    static final int UNITS = 100_000;

    @Autowired
    MemoryAdminService admin;

    @Autowired
    MemoryService memory;

    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        TestSignIn.out();
    }

    static byte[] generate(int units) {
        SdgCorpus sdg = SdgCorpus.load(SdgCorpus.defaultLocation());
        List<String[]> pairs = new ArrayList<>();
        sdg.sentences().forEach((key, texts) -> {
            String en = texts.getOrDefault("en", "").strip();
            String fr = texts.getOrDefault("fr", "").strip();
            if (!en.isEmpty() && !fr.isEmpty()) {
                pairs.add(new String[] {en, fr});
            }
        });
        var xml = new StringBuilder(units * 400)
                .append(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"bench\""
                                + " creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"bench\" adminlang=\"en\""
                                + " srclang=\"en\" datatype=\"plaintext\"/><body>\n");
        for (int i = 0; i < units; i++) {
            String[] pair = pairs.get(i % pairs.size());
            String suffix = " (" + (i + 1) + ")";
            xml.append("<tu creationdate=\"20250101T000000Z\"><tuv xml:lang=\"en-US\" creationid=\"bench\"><seg>");
            TmxInline.escape(xml, pair[0] + suffix);
            xml.append("</seg></tuv><tuv xml:lang=\"fr-FR\" creationid=\"bench\"><seg>");
            TmxInline.escape(xml, pair[1] + suffix);
            xml.append("</seg></tuv></tu>\n");
        }
        return xml.append("</body></tmx>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void importsAHundredThousandUnitsWellUnderAMinute() {
        String name = data.admin(TestData.unique("tm-scale"), "Scale Admin");
        TestSignIn.as(name, Role.ADMIN);
        byte[] file = generate(UNITS);
        long id = admin.create(TestData.unique("Scale"));
        try {
            measure(name, file, id);
        } finally {
            TestSignIn.as(name, Role.ADMIN);
            if (admin.list().stream().anyMatch(m -> m.id() == id)) {
                admin.delete(id);
            }
        }
    }

    private void measure(String name, byte[] file, long id) {

        long t0 = System.nanoTime();
        TmxPreview preview = admin.preview(id, "scale.tmx", file);
        long t1 = System.nanoTime();
        TmxImportResult result = admin.importTmx(preview.id(), DuplicateChoice.SKIP, p -> {});
        long t2 = System.nanoTime();
        assertThat(preview.units()).isEqualTo(UNITS);
        assertThat(result.imported()).isEqualTo(UNITS);

        List<TmxFile.Unit> units = new TmxReader().read(file).units();
        String last = units.getLast().texts().get(UnLanguage.EN).text();
        await().atMost(Duration.ofMinutes(5))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    TestSignIn.as(name, Role.ADMIN);
                    return !memory.matches(UnLanguage.EN, UnLanguage.FR, last, null, 1, 100)
                            .isEmpty();
                });
        long t3 = System.nanoTime();
        // the catch-up went through every page: units from all over the file are found at 100 with their target
        for (int i = 0; i < UNITS; i += UNITS / 10) {
            TmxFile.Unit unit = units.get(i);
            assertThat(memory.matches(
                            UnLanguage.EN,
                            UnLanguage.FR,
                            unit.texts().get(UnLanguage.EN).text(),
                            null,
                            1,
                            100))
                    .as("unit %d", i)
                    .singleElement()
                    .satisfies(m -> assertThat(m.target())
                            .isEqualTo(unit.texts().get(UnLanguage.FR).text()));
        }
        int deleted = admin.delete(id);
        long t4 = System.nanoTime();
        assertThat(deleted).isEqualTo(UNITS);
        System.out.printf(
                "TMX scale: %d units, %.1f MB; read+preview %d ms, import (JDBC) %d ms, index caught up after %d ms,"
                        + " delete %d ms%n",
                UNITS,
                file.length / 1e6,
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000,
                (t4 - t3) / 1_000_000);
        assertThat((t2 - t0) / 1_000_000).isLessThan(60_000);
    }
}
