package org.statementworkbench.glossary.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryExchangeService;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.GlossaryTerm;
import org.statementworkbench.glossary.importing.ConceptImportStatus;
import org.statementworkbench.glossary.importing.ImportDecision;
import org.statementworkbench.glossary.importing.ImportPreview;
import org.statementworkbench.security.Role;

/** A glossary manager previews a file, sees the statuses, chooses decisions and commits; a translator can't. */
@SpringBootTest
class GlossaryExchangeViewTest extends SignedInBrowserlessTest {

    @Autowired
    GlossaryService glossary;

    @Autowired
    GlossaryExchangeService exchange;

    @Autowired
    TestData data;

    final String tag = TestData.tag('v');

    @BeforeEach
    void signIn() {
        TestSignIn.as(data.glossaryManager("gm-" + tag, "Vera Viewer"), Role.GLOSSARY_MANAGER);
    }

    private byte[] file() {
        return ("id,en,en_status,fr\r\n"
                        + "vw-" + tag + ",Granary office " + tag + ",preferred,Bureau du grenier " + tag + "\r\n"
                        + "vw-new-" + tag + ",Silo desk " + tag + ",preferred,Guichet silo " + tag + "\r\n"
                        + "vw-dup-" + tag + ",Barn unit " + tag + ",admitted,\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private GlossaryConcept stored(String id, String en, String fr) {
        return glossary.create(TestData.englishFrench(id, en, fr));
    }

    /** Waits for the background preview, running the UI updates it queued. */
    private static void awaitPreview(GlossaryExchangeView view) {
        runUiUpdatesUntil(() -> !view.progress.isVisible());
    }

    @Test
    void aManagerPreviewsSeesTheStatusesAndCommitsTheChosenDecisions() throws Exception {
        GlossaryConcept granary = stored("vw-" + tag, "Granary office " + tag, "Office du grenier " + tag);
        GlossaryConcept barn = stored("barn-" + tag, "Barn unit " + tag, "Unité grange " + tag);
        GlossaryExchangeView view = navigate(GlossaryExchangeView.class);
        assertThat(view.commit.isEnabled()).isFalse();

        view.startPreview("terms.csv", file());
        awaitPreview(view);

        assertThat(view.grid.isVisible()).isTrue();
        assertThat(test(view.grid).size()).isEqualTo(3);
        assertThat(test(view.grid).getRow(0).status()).isEqualTo(ConceptImportStatus.CHANGED);
        assertThat(test(view.grid).getRow(1).status()).isEqualTo(ConceptImportStatus.NEW);
        assertThat(test(view.grid).getRow(2).status()).isEqualTo(ConceptImportStatus.DUPLICATE);
        assertThat(test(view.grid).getCellText(2, 3)).isEqualTo("vw-dup-" + tag);
        assertThat(test(view.grid).getCellText(2, 10)).contains("barn-" + tag);
        assertThat(view.counts.getText())
                .contains("New: 1")
                .contains("Changed: 1")
                .contains("Duplicate: 1");
        assertThat(view.commit.isEnabled()).isTrue();

        // replace every changed concept; merge the duplicate on its row
        view.defaults.get(ConceptImportStatus.CHANGED).setValue(ImportDecision.REPLACE);
        @SuppressWarnings("unchecked")
        Select<ImportDecision> duplicateRow =
                (Select<ImportDecision>) test(view.grid).getCellComponent(2, 2);
        assertThat(duplicateRow.getValue()).isEqualTo(ImportDecision.SKIP);
        duplicateRow.setValue(ImportDecision.MERGE);
        test(view.commit).click();

        assertThat(test(find(Notification.class).last()).getText())
                .contains("1 created")
                .contains("1 merged")
                .contains("1 replaced");
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.commit.isEnabled()).isFalse();
        assertThat(glossary.find(granary.id()).orElseThrow().terms())
                .extracting(GlossaryTerm::text)
                .containsExactly("Granary office " + tag, "Bureau du grenier " + tag);
        assertThat(glossary.findByExternalId("vw-new-" + tag)).isPresent();
        assertThat(glossary.find(barn.id()).orElseThrow().version()).isGreaterThan(barn.version());
    }

    @Test
    void whatAFileHoldsBeyondTheGlossaryIsListedBeforeTheCommit() throws Exception {
        GlossaryExchangeView view = navigate(GlossaryExchangeView.class);
        view.startPreview("terms.csv", file());
        awaitPreview(view);
        assertThat(view.notImported.isVisible())
                .as("a glossary CSV leaves nothing out")
                .isFalse();

        String dct = java.nio.file.Files.readString(
                        java.nio.file.Path.of("src/test/resources/glossary/tbx-basic-dct-regional.tbx"))
                .replace("id=\"csam\"", "id=\"csam-" + tag + "\"")
                .replace("id=\"un-security-council\"", "id=\"council-" + tag + "\"");
        view.startPreview("dct.tbx", dct.getBytes(StandardCharsets.UTF_8));
        awaitPreview(view);
        assertThat(view.notImported.isVisible()).isTrue();
        assertThat(view.notImported.getText())
                .contains(
                        "transaction history (transacGrp) (1 time)",
                        "xGraphic (1 time)",
                        "note on a term (1 time)",
                        "customerSubset (1 time)");
        assertThat(view.commit.isEnabled())
                .as("the manager may still import the rest")
                .isTrue();
        test(view.cancel).click();
        assertThat(view.notImported.isVisible()).isFalse();
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndCancelForgetsAPreview() throws Exception {
        GlossaryExchangeView view = navigate(GlossaryExchangeView.class);
        view.startPreview(
                "broken.tbx",
                "<tbx xmlns=\"urn:iso:std:iso:30042:ed-2\"><text><body>".getBytes(StandardCharsets.UTF_8));
        awaitPreview(view);
        assertThat(test(find(Notification.class).last()).getText()).contains("truncated");
        assertThat(view.grid.isVisible()).isFalse();

        view.startPreview("terms.csv", file());
        awaitPreview(view);
        ImportPreview shown = view.preview;
        assertThat(shown).isNotNull();
        test(view.cancel).click();
        assertThat(view.grid.isVisible()).isFalse();
        assertThat(view.commit.isEnabled()).isFalse();
        assertThatThrownBy(() ->
                        exchange.commit(shown, org.statementworkbench.glossary.importing.ImportDecisions.defaults()))
                .hasMessageContaining("expired");
    }

    @Test
    void theExportLinksWriteTbxAndCsv() {
        stored("ex-" + tag, "Threshing hall " + tag, "Salle de battage " + tag);
        GlossaryExchangeView view = navigate(GlossaryExchangeView.class);
        assertThat(view.exportTbx.getHref()).isNotBlank();
        var tbx = new ExportDownload(exchange, org.statementworkbench.glossary.exchange.ImportFormat.TBX, () -> false);
        assertThat(new String(tbx.content(), StandardCharsets.UTF_8)).contains("Threshing hall " + tag);
        assertThat(ExportDownload.fileName(org.statementworkbench.glossary.exchange.ImportFormat.CSV))
                .endsWith(".csv");
    }

    @Test
    void aTranslatorCannotOpenTheViewNorUseTheService() {
        TestSignIn.as("tr-" + tag, Role.TRANSLATOR);
        try {
            navigate(GlossaryExchangeView.class);
        } catch (RuntimeException refused) {
            // browserless reports the refused navigation; either way the view must not be shown
        }
        assertThat(getCurrentView()).isNotInstanceOf(GlossaryExchangeView.class);
        assertThatThrownBy(() -> exchange.preview(file(), "terms.csv")).isInstanceOf(AccessDeniedException.class);
    }
}
