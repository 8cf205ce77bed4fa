package org.statementworkbench.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statementworkbench.glossary.ExchangeFixtures.concept;
import static org.statementworkbench.glossary.ExchangeFixtures.tbx;
import static org.statementworkbench.glossary.ExchangeFixtures.term;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.exchange.GlossaryImportException;
import org.statementworkbench.glossary.exchange.ImportFormat;
import org.statementworkbench.glossary.importing.ConceptImportStatus;
import org.statementworkbench.glossary.importing.ImportDecision;
import org.statementworkbench.glossary.importing.ImportDecisions;
import org.statementworkbench.glossary.importing.ImportPreview;
import org.statementworkbench.glossary.importing.ShippedGlossary;
import org.statementworkbench.security.Role;

/** Exports that read back unchanged, hostile files that change nothing, and the first-start load, on MariaDB. */
@SpringBootTest
class GlossaryExportTest {

    @Autowired
    GlossaryExchangeService exchange;

    @Autowired
    GlossaryService glossary;

    @Autowired
    ShippedGlossary shipped;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    final String tag = TestData.tag('e');

    @BeforeEach
    void signIn() {
        data.glossaryManager("gm-" + tag, "Ezra Exporter");
        TestSignIn.as("gm-" + tag, Role.GLOSSARY_MANAGER);
    }

    @AfterEach
    void out() {
        TestSignIn.out();
    }

    int concepts() {
        return jdbc.queryForObject("select count(*) from glossary_concept", Integer.class);
    }

    private GlossaryConcept everything(String id) {
        return glossary.create(new ConceptDraft(
                null,
                0,
                id,
                List.of("tides " + tag, "harbours"),
                "A wall built into the sea " + tag + ".",
                "Line one of the note.\nLine two of the note.",
                "UNTERM\nUN Multilingual Terminology",
                List.of(
                        new TermDraft(
                                null,
                                "en",
                                "Breakwater " + tag,
                                TermType.FULL_FORM,
                                UsageStatus.PREFERRED,
                                "noun",
                                null,
                                "The breakwater held.",
                                true),
                        new TermDraft(
                                null,
                                "en",
                                "BWT" + tag,
                                TermType.ACRONYM,
                                UsageStatus.ADMITTED,
                                null,
                                null,
                                null,
                                false),
                        new TermDraft(
                                null,
                                "fr",
                                "Brise-lames " + tag,
                                TermType.FULL_FORM,
                                UsageStatus.PREFERRED,
                                "noun",
                                "masculine",
                                null,
                                false),
                        new TermDraft(
                                null,
                                "fr",
                                "Digue " + tag,
                                TermType.VARIANT,
                                UsageStatus.DEPRECATED,
                                null,
                                "feminine",
                                null,
                                false),
                        TermDraft.of("es", "Rompeolas " + tag, TermType.FULL_FORM, UsageStatus.PREFERRED),
                        TermDraft.of("ru", "Волнорез " + tag, TermType.FULL_FORM, UsageStatus.SUPERSEDED),
                        TermDraft.of("zh", "防波堤" + tag, TermType.FULL_FORM, UsageStatus.FORBIDDEN),
                        TermDraft.of("ar", "حاجز الأمواج " + tag, TermType.SHORT_FORM, UsageStatus.PREFERRED))));
    }

    @Test
    void anExportReadsBackUnchangedInTbxAndCsvAndRetiredConceptsOnlyWhenAsked() {
        everything("bw-" + tag);
        GlossaryConcept plain =
                glossary.create(TestData.englishFrench("bw2-" + tag, "Breakwater gate " + tag, "Porte " + tag));
        GlossaryConcept old =
                glossary.create(TestData.englishFrench("bw3-" + tag, "Breakwater old " + tag, "Ancienne " + tag));
        glossary.retire(old.id(), old.version(), "Superseded");
        GlossaryQuery selection = GlossaryQuery.text("breakwater");

        byte[] tbx = exchange.export(ImportFormat.TBX, GlossaryQuery.text(tag));
        String xml = new String(tbx, StandardCharsets.UTF_8);
        assertThat(xml)
                .contains("Breakwater " + tag)
                .contains("caseSensitivity")
                .doesNotContain("Breakwater old");
        ImportPreview back = exchange.preview(tbx, "export.tbx");
        assertThat(back.rows()).hasSize(2).allMatch(r -> r.status() == ConceptImportStatus.UNCHANGED);
        exchange.discard(back);

        byte[] csv = exchange.export(ImportFormat.CSV, GlossaryQuery.text(tag));
        ImportPreview csvBack = exchange.preview(csv, "export.csv");
        assertThat(csvBack.format()).isEqualTo(ImportFormat.CSV);
        assertThat(csvBack.rows()).hasSize(2).allMatch(r -> r.status() == ConceptImportStatus.UNCHANGED);
        exchange.discard(csvBack);

        byte[] withRetired =
                exchange.export(ImportFormat.TBX, new GlossaryQuery(tag, false, null, null, null, null, true));
        assertThat(new String(withRetired, StandardCharsets.UTF_8)).contains("Breakwater old " + tag);
        ImportPreview retiredBack = exchange.preview(withRetired, "all.tbx");
        assertThat(retiredBack.rows()).hasSize(3).allMatch(r -> r.status() == ConceptImportStatus.UNCHANGED);
        exchange.discard(retiredBack);
        assertThat(exchange.export(ImportFormat.TBX, selection)).isNotEmpty();
        assertThat(plain.id()).isPositive();
    }

    @Test
    void aCsvChangeKeepsWhatCsvCannotSay() {
        GlossaryConcept c = everything("cs-" + tag);
        String csv = new String(exchange.export(ImportFormat.CSV, GlossaryQuery.text(tag)), StandardCharsets.UTF_8);
        byte[] edited = csv.replace("Rompeolas " + tag, "Escollera " + tag).getBytes(StandardCharsets.UTF_8);
        ImportPreview p = exchange.preview(edited, "edited.csv");
        assertThat(p.rows()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ConceptImportStatus.CHANGED);
            assertThat(r.differences())
                    .isEqualTo("- [es] Rompeolas " + tag + " | fullForm, preferred, approved\n" + "+ [es] Escollera "
                            + tag + " | fullForm, preferred, approved");
        });
        exchange.commit(p, ImportDecisions.defaults().withStatus(ConceptImportStatus.CHANGED, ImportDecision.REPLACE));
        GlossaryConcept after = glossary.find(c.id()).orElseThrow();
        assertThat(after.note()).isEqualTo(c.note());
        assertThat(after.source()).isEqualTo(c.source());
        assertThat(after.terms(UnLanguage.EN).getFirst()).satisfies(t -> {
            assertThat(t.caseSensitive()).isTrue();
            assertThat(t.context()).isEqualTo("The breakwater held.");
            assertThat(t.id()).isEqualTo(c.terms(UnLanguage.EN).getFirst().id());
        });
        assertThat(after.terms(UnLanguage.ES)).extracting(GlossaryTerm::text).containsExactly("Escollera " + tag);
    }

    @Test
    void hostileFilesAreRefusedWithAClearMessageAndChangeNothingButABareDoctypeLineIsAccepted() {
        String good = new String(
                tbx(concept("hx-" + tag, term("en", "Hostile test " + tag), term("fr", "Comité d'essai " + tag))),
                StandardCharsets.UTF_8);
        ImportPreview bare = exchange.preview(
                good.replace("?>", "?>\n<!DOCTYPE tbx SYSTEM \"http://127.0.0.1:9/tbx.dtd\">")
                        .getBytes(StandardCharsets.UTF_8),
                "bare-doctype.tbx");
        assertThat(bare.rows())
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ConceptImportStatus.NEW));
        exchange.discard(bare);
        List<Map.Entry<String, byte[]>> files = new ArrayList<>();
        files.add(Map.entry(
                "internal DTD subset",
                good.replace("?>", "?>\n<!DOCTYPE tbx [<!ELEMENT tbx ANY>]>").getBytes(StandardCharsets.UTF_8)));
        files.add(Map.entry(
                "DTD",
                good.replace("?>", "?>\n<!DOCTYPE tbx [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
                        .replace("Hostile test", "&xxe;")
                        .getBytes(StandardCharsets.UTF_8)));
        files.add(Map.entry(
                "DTD",
                ("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;"
                                + "&lol;&lol;&lol;&lol;\">]>\n<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>&lol2;</body></text>"
                                + "</tbx>")
                        .getBytes(StandardCharsets.UTF_8)));
        files.add(
                Map.entry("truncated", good.substring(0, good.length() * 2 / 3).getBytes(StandardCharsets.UTF_8)));
        files.add(Map.entry("encoding", good.getBytes(StandardCharsets.ISO_8859_1)));
        files.add(Map.entry(
                "urn:example:unknown",
                good.replace("urn:iso:std:iso:30042:ed-2", "urn:example:unknown")
                        .getBytes(StandardCharsets.UTF_8)));
        files.add(Map.entry("larger than", oversized()));
        files.add(Map.entry("not UTF-8", "id,en\r\nx,Comit\u00e9\r\n".getBytes(StandardCharsets.ISO_8859_1)));
        int before = concepts();
        long revision = jdbc.queryForObject("select revision from glossary_revision where id = 1", Long.class);
        files.forEach(f -> assertThatThrownBy(() -> exchange.preview(f.getValue(), "hostile.tbx"))
                .as(f.getKey())
                .isInstanceOf(GlossaryImportException.class)
                .hasMessageContaining(f.getKey())
                .hasMessageContaining("Nothing was imported")
                .hasMessageNotContaining("root:"));
        assertThat(concepts()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select revision from glossary_revision where id = 1", Long.class))
                .isEqualTo(revision);
        assertThat(glossary.findByExternalId("hx-" + tag)).isEmpty();
    }

    private static byte[] oversized() {
        byte[] big = new byte[GlossaryExchangeService.MAX_BYTES + 1];
        Arrays.fill(big, (byte) ' ');
        big[0] = '<';
        return big;
    }

    @Test
    void theShippedGlossaryIsLoadedAsNewConceptsBySystemAndAMissingFileIsSkipped() {
        int before = concepts();
        assertThat(shipped.load(new ClassPathResource("glossary/no-such-file.tbx")))
                .isZero();
        assertThat(shipped.load(new ClassPathResource("glossary/shipped-sample.tbx")))
                .isEqualTo(2);
        assertThat(concepts()).isEqualTo(before + 2);
        GlossaryConcept zephyr =
                glossary.findByExternalId("sample-zephyr-council").orElseThrow();
        assertThat(zephyr.createdBy()).isEqualTo("system");
        assertThat(zephyr.definition()).isEqualTo("An invented council used by the tests.");
        assertThat(zephyr.terms()).hasSize(7).allMatch(t -> t.approval() == Approval.APPROVED);
        assertThat(zephyr.terms(UnLanguage.EN).get(1).caseSensitive()).isTrue();
        assertThat(zephyr.terms(UnLanguage.FR).getFirst().gender()).isEqualTo("masculine");
        assertThat(glossary.history(zephyr.id()))
                .singleElement()
                .satisfies(h -> assertThat(h.changedBy()).isEqualTo("system"));
        // loading again creates nothing: everything is unchanged
        assertThat(shipped.load(new ClassPathResource("glossary/shipped-sample.tbx")))
                .isZero();
    }
}
