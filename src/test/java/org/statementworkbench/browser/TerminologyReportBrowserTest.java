package org.statementworkbench.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.editor.TerminologyReport;
import org.statementworkbench.editor.TerminologyReportFiles;
import org.statementworkbench.editor.TerminologyReportService;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.NewStatement;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.StatementDetails;
import org.statementworkbench.statement.TranslationState;
import org.statementworkbench.statement.importing.ImportedDocument;
import org.statementworkbench.statement.importing.ImportedParagraph;
import org.statementworkbench.statement.importing.TextRun;

/**
 * A reviewer approves over a term error in a real browser (Ctrl+Shift+A, the override dialog) and reads the
 * terminology report; the report of a 4,000-segment statement is timed.
 */
class TerminologyReportBrowserTest extends BrowserTest {

    static final List<String> SOURCE = List.of(
            "The Security Council adopted the resolution.",
            "Member States supported the draft resolution.",
            "Offences related to child sexual abuse material are increasing.",
            "The new Convention should include provisions criminalizing child pornography.",
            "Thank you.");
    static final List<String> FRENCH = List.of(
            "",
            "Les États Membres ont appuyé le projet de résolution.",
            "Les infractions liées à la pornographie mettant en scène des enfants augmentent.",
            "",
            "Je vous remercie.");
    static final List<String> RUSSIAN = List.of(
            "Совет безопасности принял резолюцию.",
            "Страны поддержали проект резолюции.",
            "Растет число преступлений, связанных с детской порнографией.",
            "",
            "Спасибо.");

    @Autowired
    TerminologyReportService reports;

    TerminologyReportBrowserTest() {
        super(1366, 1000);
    }

    private long statement(String title, List<String> paragraphs) {
        List<ImportedParagraph> body = paragraphs.stream()
                .map(p -> new ImportedParagraph(List.of(TextRun.plain(p))))
                .toList();
        return importStatement(
                new NewStatement(
                        title,
                        new StatementDetails("S/2026/17", "Security Council", null, null, null, "France", null),
                        UnLanguage.EN,
                        EnumSet.of(UnLanguage.FR, UnLanguage.RU)),
                new ImportedDocument(body));
    }

    private void translate(long statementId, UnLanguage language, List<String> texts) {
        List<SegmentRow> rows = translations.rows(statementId, language, SegmentQuery.all(), 0, texts.size());
        for (int i = 0; i < texts.size(); i++) {
            if (!texts.get(i).isEmpty()) {
                translations.save(new SaveTranslation(
                        rows.get(i).segmentId(),
                        language,
                        texts.get(i),
                        SegmentStatus.REVIEWED,
                        TranslationState.UNSAVED_VERSION));
            }
        }
    }

    private void createReviewer() {
        user("report-reviewer", "Jean Martin", Set.of(Role.REVIEWER), Set.of(UnLanguage.FR, UnLanguage.RU));
    }

    @Test
    void aReviewerApprovesOverATermErrorAndReadsTheReport() {
        createReviewer();
        long statementId = statement("Statement by France on the protection of children", SOURCE);
        fourEyesOff(statementId); // the reviewer writes the text they approve
        as("report-reviewer", Role.REVIEWER, () -> {
            translate(statementId, UnLanguage.FR, FRENCH);
            translate(statementId, UnLanguage.RU, RUSSIAN);
            return statementId;
        });

        pages.signIn("report-reviewer");
        pages.open("/statement/" + statementId + "?lang=fr&segment=1");
        pages.typeInTarget("Le Conseil a adopté la résolution.");
        // Ctrl+Shift+A straight after typing: the editor sends the text before the command, so nothing is lost
        pages.press(Keys.CONTROL, Keys.SHIFT, "a");
        WebElement justification;
        try {
            justification = pages.waiting()
                    .until(ExpectedConditions.presenceOfElementLocated(
                            By.cssSelector(".term-override-dialog textarea")));
        } catch (RuntimeException e) {
            pages.screenshot("term-override-missing");
            throw e;
        }
        justification.sendKeys("The Council is named in full in the preceding paragraph, as in the original.");
        pages.screenshot("term-override-dialog");
        driver.findElement(By.xpath("//vaadin-button[normalize-space(.)='Approve anyway']"))
                .click();
        pages.waiting().until(d -> pages.cellReads("Approved"));

        driver.findElement(By.xpath("//a[normalize-space(.)='QA report']")).click();
        pages.waiting()
                .until(d -> d.findElements(By.cssSelector(".report-language")).size() == 2);
        pages.waiting()
                .until(d -> d.findElements(By.cssSelector("vaadin-grid-cell-content")).stream()
                        .anyMatch(c -> c.getText().startsWith("The Council is named in full")));
        pages.screenshot("terminology-report");
        pages.js("document.querySelectorAll('.report-language')[1].scrollIntoView()");
        pages.screenshot("terminology-report-bottom");

        String href =
                driver.findElement(By.xpath("//a[normalize-space(.)='CSV']")).getAttribute("href");
        String csv = pages.fetchText(href);
        assertThat(csv)
                .startsWith(TerminologyReportFiles.CSV_HEADER)
                .contains("fr,1,term.missing,ERROR", "report-reviewer", "term.forbidden", "ru,2,term.missing");
    }

    @Test
    void theReportOfAFourThousandSegmentStatementTakesSeconds() {
        createReviewer();
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            paragraphs.add(SOURCE.get(i % SOURCE.size()));
        }
        long statementId = statement("Four thousand segments", paragraphs);
        List<String> french = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            french.add(
                    FRENCH.get(i % FRENCH.size()).isEmpty()
                            ? "Le Conseil a adopté la résolution."
                            : FRENCH.get(i % FRENCH.size()));
        }
        TestSignIn.as("report-reviewer", Role.REVIEWER);
        try {
            long startSaves = System.nanoTime();
            translate(statementId, UnLanguage.FR, french);
            System.out.printf("1000 saves: %d ms%n", (System.nanoTime() - startSaves) / 1_000_000);
            long start = System.nanoTime();
            TerminologyReport report = reports.report(statementId, null, f -> {});
            long ms = (System.nanoTime() - start) / 1_000_000;
            long startCsv = System.nanoTime();
            int csvLength = TerminologyReportFiles.csv(report).length()
                    + TerminologyReportFiles.html(report).length();
            long exportMs = (System.nanoTime() - startCsv) / 1_000_000;
            System.out.printf(
                    "Terminology report of 4000 segments x 2 languages (1000 translated): %d ms, "
                            + "%d issues; CSV+HTML %d chars in %d ms%n",
                    ms,
                    report.languages().stream().mapToInt(l -> l.issues().size()).sum(),
                    csvLength,
                    exportMs);
            assertThat(report.languages().getFirst().segments()).isEqualTo(4000);
            assertThat(ms).isLessThan(30_000);
        } finally {
            TestSignIn.out();
        }
    }
}
