package org.statementworkbench.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.statementworkbench.TestData.englishFrench;
import static org.statementworkbench.glossary.ExchangeFixtures.concept;
import static org.statementworkbench.glossary.ExchangeFixtures.tbx;
import static org.statementworkbench.glossary.ExchangeFixtures.term;
import static org.statementworkbench.glossary.importing.ConceptImportStatus.CHANGED;
import static org.statementworkbench.glossary.importing.ConceptImportStatus.CONFLICTING;
import static org.statementworkbench.glossary.importing.ConceptImportStatus.DUPLICATE;
import static org.statementworkbench.glossary.importing.ConceptImportStatus.NEW;
import static org.statementworkbench.glossary.importing.ConceptImportStatus.UNCHANGED;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.glossary.exchange.GlossaryImportException;
import org.statementworkbench.glossary.exchange.ImportFormat;
import org.statementworkbench.glossary.importing.ConceptImportStatus;
import org.statementworkbench.glossary.importing.ImportDecision;
import org.statementworkbench.glossary.importing.ImportDecisions;
import org.statementworkbench.glossary.importing.ImportPreview;
import org.statementworkbench.glossary.importing.ImportResult;
import org.statementworkbench.security.Role;

/** Preview, decisions and one-transaction commits of glossary imports, and their role rules, on MariaDB. */
@SpringBootTest
class GlossaryExchangeServiceTest {

    @Autowired
    GlossaryExchangeService exchange;

    @Autowired
    GlossaryService glossary;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    final String tag = TestData.tag('x');
    final String manager = TestData.unique("gm");

    @BeforeEach
    void signIn() {
        data.glossaryManager(manager, "Imke Importer");
        TestSignIn.as(manager, Role.GLOSSARY_MANAGER);
    }

    @AfterEach
    void out() {
        TestSignIn.out();
    }

    int concepts() {
        return jdbc.queryForObject("select count(*) from glossary_concept", Integer.class);
    }

    long revision() {
        return jdbc.queryForObject("select revision from glossary_revision where id = 1", Long.class);
    }

    private static List<ConceptImportStatus> statuses(ImportPreview preview) {
        return preview.rows().stream().map(ImportPreview.Row::status).toList();
    }

    @Test
    void eachIncomingConceptIsClassifiedAndTheDecisionsApplyInOneCommit() {
        GlossaryConcept same =
                glossary.create(englishFrench("same-" + tag, "Fairness board " + tag, "Conseil d'équité " + tag));
        GlossaryConcept changed =
                glossary.create(englishFrench("chg-" + tag, "Harbour office " + tag, "Bureau du port " + tag));
        GlossaryConcept dupOf =
                glossary.create(englishFrench("dup-" + tag, "Lantern unit " + tag, "Unité lanterne " + tag));
        GlossaryConcept other =
                glossary.create(englishFrench("oth-" + tag, "Kettle group " + tag, "Groupe bouilloire " + tag));
        GlossaryConcept clash =
                glossary.create(englishFrench("cfl-" + tag, "Meadow panel " + tag, "Comité prairie " + tag));
        byte[] file = tbx(
                concept("same-" + tag, term("en", "Fairness board " + tag), term("fr", "Conseil d'équité " + tag)),
                concept("chg-" + tag, term("en", "Harbour office " + tag), term("fr", "Office portuaire " + tag)),
                concept("new-dup-" + tag, term("en", "LANTERN  unit " + tag), term("es", "Unidad linterna " + tag)),
                concept("cfl-" + tag, term("en", "Meadow panel " + tag), term("en", "Kettle group " + tag)),
                concept("new-" + tag, term("en", "Orchard desk " + tag), term("ru", "Садовый стол " + tag)),
                concept(null, term("en", "Quarry team " + tag)));

        ImportPreview preview = exchange.preview(file, "update.tbx");
        assertThat(preview.format()).isEqualTo(ImportFormat.TBX);
        assertThat(statuses(preview)).containsExactly(UNCHANGED, CHANGED, DUPLICATE, CONFLICTING, NEW, NEW);
        ImportPreview.Row changedRow = preview.rows().get(1);
        assertThat(changedRow.existingId()).isEqualTo(changed.id());
        assertThat(changedRow.differences())
                .contains("- [fr] Bureau du port " + tag)
                .contains("+ [fr] Office portuaire " + tag);
        assertThat(preview.rows().get(2).existingId()).isEqualTo(dupOf.id());
        assertThat(preview.rows().get(2).duplicateOf())
                .containsExactly("dup-" + tag + ": LANTERN unit " + tag + " [en]");
        assertThat(preview.rows().get(3).duplicateOf())
                .containsExactly("oth-" + tag + ": Kettle group " + tag + " [en]");
        assertThat(preview.rows().get(4).terms("ru")).isEqualTo("Садовый стол " + tag);
        assertThat(preview.count(NEW)).isEqualTo(2);

        int before = concepts();
        long revision = revision();
        ImportResult result = exchange.commit(
                preview,
                ImportDecisions.defaults()
                        .withStatus(CHANGED, ImportDecision.REPLACE)
                        .withRow(3, ImportDecision.MERGE));

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.replaced()).isEqualTo(1);
        assertThat(result.merged()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(1); // the conflicting one, by default
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(concepts()).isEqualTo(before + 2);
        assertThat(revision()).isEqualTo(revision + 1);
        assertThat(result.revision()).isEqualTo(revision + 1);

        GlossaryConcept replaced = glossary.find(changed.id()).orElseThrow();
        assertThat(replaced.terms())
                .extracting(GlossaryTerm::text)
                .containsExactly("Harbour office " + tag, "Office portuaire " + tag);
        assertThat(glossary.history(changed.id()).getFirst().action()).isEqualTo("import-replaced");
        assertThat(glossary.history(changed.id()).getFirst().summary()).contains("- [fr] Bureau du port " + tag);
        GlossaryConcept merged = glossary.find(dupOf.id()).orElseThrow();
        assertThat(merged.terms())
                .extracting(GlossaryTerm::text)
                .containsExactly("Lantern unit " + tag, "Unité lanterne " + tag, "Unidad linterna " + tag);
        assertThat(glossary.find(clash.id()).orElseThrow().version()).isEqualTo(clash.version());
        assertThat(glossary.find(same.id()).orElseThrow().version()).isEqualTo(same.version());
        GlossaryConcept created = glossary.findByExternalId("new-" + tag).orElseThrow();
        assertThat(created.terms()).allMatch(t -> t.approval() == Approval.APPROVED && manager.equals(t.approvalBy()));
        assertThat(created.createdBy()).isEqualTo(manager);
        assertThat(glossary.history(created.id())).singleElement().satisfies(h -> {
            assertThat(h.action()).isEqualTo("imported");
            assertThat(h.summary()).isEqualTo("imported from update.tbx");
            assertThat(h.after()).contains("[ru] Садовый стол " + tag);
        });
        assertThat(glossary.search(GlossaryQuery.text("quarry team " + tag), 0, 5))
                .singleElement()
                .satisfies(c -> assertThat(c.externalId()).startsWith("wb-"));

        // the same file again: nothing new; the merged duplicate is now a duplicate of the concept it joined
        ImportPreview again = exchange.preview(file, "update.tbx");
        assertThat(statuses(again)).containsExactly(UNCHANGED, UNCHANGED, DUPLICATE, CONFLICTING, UNCHANGED, DUPLICATE);
        exchange.discard(again);
    }

    @Test
    void aConceptImportedThenEditedInTheWorkbenchConflictsWithAChangedFile() {
        exchange.commit(
                exchange.preview(tbx(concept("ed-" + tag, term("en", "Willow desk " + tag))), "a.tbx"),
                ImportDecisions.defaults());
        GlossaryConcept imported = glossary.findByExternalId("ed-" + tag).orElseThrow();
        ImportPreview changedFile = exchange.preview(
                tbx(concept("ed-" + tag, term("en", "Willow desk " + tag), term("fr", "Bureau saule " + tag))),
                "b.tbx");
        assertThat(changedFile.rows().getFirst().status()).isEqualTo(CHANGED);
        exchange.discard(changedFile);

        ConceptDraft edit = imported.toDraft();
        glossary.update(new ConceptDraft(
                edit.id(),
                edit.version(),
                edit.externalId(),
                List.of("forestry"),
                "A desk of willow.",
                null,
                null,
                edit.terms()));
        ImportPreview afterEdit = exchange.preview(
                tbx(concept("ed-" + tag, term("en", "Willow desk " + tag), term("fr", "Bureau saule " + tag))),
                "b.tbx");
        assertThat(afterEdit.rows().getFirst().status()).isEqualTo(CONFLICTING);
        assertThat(afterEdit.rows().getFirst().differences())
                .startsWith("Edited in the workbench")
                .contains("- definition: A desk of willow.");
        // merge keeps the manager's edit and adds the French term
        exchange.commit(afterEdit, ImportDecisions.defaults().withStatus(CONFLICTING, ImportDecision.MERGE));
        GlossaryConcept merged = glossary.findByExternalId("ed-" + tag).orElseThrow();
        assertThat(merged.definition()).isEqualTo("A desk of willow.");
        assertThat(merged.terms())
                .extracting(GlossaryTerm::text)
                .containsExactly("Willow desk " + tag, "Bureau saule " + tag);
    }

    @Test
    void anyFailureDuringTheCommitRollsEverythingBack() {
        GlossaryConcept changed =
                glossary.create(englishFrench("rb-" + tag, "Copper hall " + tag, "Salle cuivre " + tag));
        ImportPreview preview = exchange.preview(
                tbx(
                        concept("rb-" + tag, term("en", "Copper hall " + tag), term("fr", "Hall de cuivre " + tag)),
                        concept("rb-new-" + tag, term("en", "Bronze hall " + tag))),
                "rb.tbx");
        // someone stores the new id behind the workbench's back (no revision bump): the insert will fail
        jdbc.update(
                "insert into glossary_concept (external_id, created_at, created_by, updated_at, updated_by, version) "
                        + "values (?, current_timestamp, 'x', current_timestamp, 'x', 0)",
                "rb-new-" + tag);
        int before = concepts();
        long revision = revision();
        assertThatThrownBy(() -> exchange.commit(
                        preview, ImportDecisions.defaults().withStatus(CHANGED, ImportDecision.REPLACE)))
                .isInstanceOf(GlossaryImportException.class)
                .hasMessageContaining("nothing was imported");
        assertThat(concepts()).isEqualTo(before);
        assertThat(revision()).isEqualTo(revision);
        assertThat(glossary.find(changed.id()).orElseThrow().terms())
                .extracting(GlossaryTerm::text)
                .contains("Salle cuivre " + tag);
        assertThat(glossary.history(changed.id())).hasSize(1);
    }

    @Test
    void aCommitAfterAnotherChangeOrASecondCommitOfOnePreviewIsRefused() {
        ImportPreview preview = exchange.preview(tbx(concept("st-" + tag, term("en", "Pebble room " + tag))), "s.tbx");
        glossary.create(englishFrench("st-other-" + tag, "Gravel room " + tag, "Salle gravier " + tag));
        int before = concepts();
        assertThatThrownBy(() -> exchange.commit(preview, ImportDecisions.defaults()))
                .hasMessageContaining("changed since the preview");
        assertThat(concepts()).isEqualTo(before);

        ImportPreview fresh = exchange.preview(tbx(concept("st-" + tag, term("en", "Pebble room " + tag))), "s.tbx");
        exchange.commit(fresh, ImportDecisions.defaults());
        assertThatThrownBy(() -> exchange.commit(fresh, ImportDecisions.defaults()))
                .hasMessageContaining("expired");
        assertThat(concepts()).isEqualTo(before + 1);
    }

    @Test
    void aDctFileWithRegionalTagsIsPreviewedWithWhatItLeavesOut() throws Exception {
        String dct = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/test/resources/glossary/tbx-basic-dct-regional.tbx"));
        ImportPreview preview = exchange.preview(
                dct.replace("id=\"csam\"", "id=\"csam-" + tag + "\"")
                        .replace("id=\"un-security-council\"", "id=\"council-" + tag + "\"")
                        .getBytes(StandardCharsets.UTF_8),
                "dct.tbx");
        try {
            assertThat(preview.notImported())
                    .containsExactly(
                            "transaction history (transacGrp) (1 time)",
                            "xGraphic (1 time)",
                            "note on a term (1 time)",
                            "customerSubset (1 time)");
            assertThat(preview.rows().getFirst().terms()).containsOnlyKeys("en", "fr", "es", "ar", "ru", "zh");
        } finally {
            exchange.discard(preview);
        }
    }

    @Test
    void tbxV2AndCsvAreReadAndErrorsNameTheConcept() {
        String v2 = """
            <?xml version="1.0" encoding="UTF-8"?>
            <martif type="TBX" xml:lang="en"><text><body>
              <termEntry id="v2-%1$s"><descrip type="subjectField">fisheries</descrip>
                <langSet xml:lang="en"><tig><term>Net mender %1$s</term>
                  <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
                <langSet xml:lang="fr"><ntig><termGrp><term>Ramendeur %1$s</term></termGrp></ntig></langSet>
              </termEntry>
            </body></text></martif>
            """.formatted(tag);
        ImportPreview p2 = exchange.preview(v2.getBytes(StandardCharsets.UTF_8), "old.xml");
        assertThat(p2.rows()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(NEW);
            assertThat(r.terms("en")).isEqualTo("Net mender " + tag);
        });
        exchange.discard(p2);

        String csv = "id,subject_fields,en,en_status,fr\r\ncsv-" + tag + ",fisheries,Sail loft " + tag + "|SL" + tag
                + ",preferred|admitted,Voilerie " + tag + "\r\n";
        ImportPreview pc = exchange.preview(csv.getBytes(StandardCharsets.UTF_8), "terms.csv");
        assertThat(pc.format()).isEqualTo(ImportFormat.CSV);
        assertThat(pc.rows())
                .singleElement()
                .satisfies(r -> assertThat(r.terms("en")).isEqualTo("Sail loft " + tag + " | SL" + tag));
        exchange.discard(pc);

        assertThatThrownBy(() -> exchange.preview(tbx(concept("bad id!", term("en", "x"))), "bad.tbx"))
                .isInstanceOf(GlossaryImportException.class)
                .hasMessageContaining("Concept 1 ('bad id!')");
        assertThatThrownBy(() -> exchange.preview(
                        tbx(concept("twice", term("en", "a")), concept("twice", term("en", "b"))), "bad.tbx"))
                .hasMessageContaining("Concept 2")
                .hasMessageContaining("'twice'");
        assertThatThrownBy(() -> exchange.preview(tbx(concept("long-" + tag, term("en", "y".repeat(501)))), "l.tbx"))
                .hasMessageContaining("at most 500");
    }

    @Test
    void onlyGlossaryManagersAndAdministratorsImportAndExport() {
        byte[] file = tbx(concept("role-" + tag, term("en", "Role test " + tag)));
        ImportPreview preview = exchange.preview(file, "r.tbx");
        TestSignIn.as("tr-" + tag, Role.TRANSLATOR);
        assertThatThrownBy(() -> exchange.preview(file, "r.tbx")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exchange.commit(preview, ImportDecisions.defaults()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> exchange.export(ImportFormat.TBX, GlossaryQuery.all()))
                .isInstanceOf(AccessDeniedException.class);
        TestSignIn.as("rv-" + tag, Role.REVIEWER);
        assertThatThrownBy(() -> exchange.export(ImportFormat.CSV, GlossaryQuery.all()))
                .isInstanceOf(AccessDeniedException.class);
        data.admin("ad-" + tag, "Ada Admin");
        TestSignIn.as("ad-" + tag, Role.ADMIN);
        assertThat(exchange.export(ImportFormat.CSV, GlossaryQuery.text("role test " + tag)))
                .isNotEmpty();
        exchange.discard(preview);
    }
}
