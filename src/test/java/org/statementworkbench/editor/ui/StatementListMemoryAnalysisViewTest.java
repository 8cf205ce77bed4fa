package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.memory.DuplicateChoice;
import org.statementworkbench.memory.MemoryAdminService;
import org.statementworkbench.memory.MemoryAnalysisService;
import org.statementworkbench.memory.MemoryProgress;
import org.statementworkbench.memory.MemoryService;
import org.statementworkbench.memory.PreTranslationService;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;
import org.statementworkbench.security.UserUpdate;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.StatementService;
import org.statementworkbench.statement.StatementSummary;

/**
 * The memory analysis and pre-translation on the statement list, without opening the editor (Trados's "Analyze
 * files"): a translator of French opens it from the statement's row, analyses the statement (SDG targets 16.3 and
 * 16.1 are in the memory in French, 14.1 is not) and pre-translates French; the list then shows the drafts. The
 * services stay the authority: Arabic, which the translator does not work in, is refused by the pre-translation
 * service, and so is French once an administrator took it from them while the dialog was open; an archived
 * statement's analysis is refused to anyone but administrators.
 */
@SpringBootTest
class StatementListMemoryAnalysisViewTest extends SignedInBrowserlessTest {

    private static final String EN_16_1 =
            "Significantly reduce all forms of violence and related death rates everywhere";
    private static final String FR_16_1 = "Réduire nettement, partout dans le monde, toutes les formes de violence et"
            + " les taux de mortalité qui y sont associés";
    private static final String EN_16_3 = "Promote the rule of law at the national and international levels and"
            + " ensure equal access to justice for all";
    private static final String FR_16_3 = "Promouvoir l’état de droit dans l’ordre interne et international et"
            + " garantir à tous un égal accès à la justice";
    private static final String EN_14_1 = "By 2025, prevent and significantly reduce marine pollution of all kinds, in"
            + " particular from land-based activities, including marine debris and nutrient pollution";

    /** Columns of the translator's list: statement, source, segments, translations, tasks. */
    private static final int TASKS_COLUMN = 4;

    private static final MemoryProgress ALL = (count, total) -> true;

    @Autowired
    TestData data;

    @Autowired
    MemoryAdminService memories;

    @Autowired
    MemoryService memory;

    @Autowired
    PreTranslationService preTranslation;

    @Autowired
    MemoryAnalysisService analysis;

    @Autowired
    StatementService statements;

    @Autowired
    UserService users;

    private long statement;
    private String translator;
    private String admin;

    /** Runs {@code action} as the administrator, then signs the translator in again. */
    private void asAdmin(Runnable action) {
        TestSignIn.as(admin, Role.ADMIN);
        try {
            action.run();
        } finally {
            TestSignIn.as(translator, Role.TRANSLATOR);
        }
    }

    /** A memory with SDG targets 16.3 and 16.1 in English and French (imported as TMX); a statement of 16.3, 16.1, 14.1. */
    @BeforeEach
    void memoryAndStatement() {
        String tmx = """
                <?xml version="1.0" encoding="UTF-8"?>
                <tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="sentence"
                 o-tmf="none" adminlang="en" srclang="en" datatype="plaintext"/><body>
                <tu><tuv xml:lang="en"><seg>%s</seg></tuv><tuv xml:lang="fr"><seg>%s</seg></tuv></tu>
                <tu><tuv xml:lang="en"><seg>%s</seg></tuv><tuv xml:lang="fr"><seg>%s</seg></tuv></tu>
                </body></tmx>
                """.formatted(EN_16_3, FR_16_3, EN_16_1, FR_16_1);
        // the memory services read the signed-in account: an administrator who exists
        admin = data.admin(TestData.unique("sdg-admin"), "Nadia Rahman");
        TestSignIn.as(admin, Role.ADMIN);
        long id = memories.create(TestData.unique("SDG 16"));
        var preview = memories.preview(id, "sdg16.tmx", tmx.getBytes(StandardCharsets.UTF_8));
        memories.importTmx(preview.id(), DuplicateChoice.SKIP, percent -> {});
        await().atMost(Duration.ofSeconds(30))
                .pollInSameThread()
                .until(() -> memory.matches(UnLanguage.EN, UnLanguage.FR, EN_16_1, null, 1, 100).stream()
                        .anyMatch(m -> m.target().equals(FR_16_1)));
        statement = data.statement(TestData.unique("Peace, justice and strong institutions"))
                .into(UnLanguage.AR, UnLanguage.FR)
                .paragraphs(EN_16_3, EN_16_1, EN_14_1)
                .create();
        translator = data.translator(TestData.unique("fr-translator"), "Camille Martin", UnLanguage.FR);
        TestSignIn.as(translator, Role.TRANSLATOR);
    }

    @SuppressWarnings("unchecked")
    private Grid<StatementSummary> list() {
        UI.getCurrent().navigate("");
        return (Grid<StatementSummary>) $(Grid.class).first();
    }

    private int rowOf(Grid<StatementSummary> grid) {
        return IntStream.range(0, test(grid).size())
                .filter(i -> test(grid).getRow(i).id() == statement)
                .findFirst()
                .orElseThrow();
    }

    /** Opens the dialog with the button of the statement's row. */
    private MemoryAnalysisDialog openFromTheList(Grid<StatementSummary> grid) {
        var tasks = (HorizontalLayout) test(grid).getCellComponent(rowOf(grid), TASKS_COLUMN);
        Button button = (Button) tasks.getComponentAt(0);
        assertThat(button.getText()).isEqualTo(StatementListMemoryAnalysis.LABEL);
        assertThat(button.getAriaLabel().orElseThrow())
                .startsWith("Memory analysis: Peace, justice and strong institutions");
        test(button).click();
        return $(MemoryAnalysisDialog.class).single();
    }

    private String reportCell(MemoryAnalysisDialog dialog, int row, int column) {
        return test(dialog.report).getCellText(row, column);
    }

    @Test
    void aTranslatorAnalysesAndPreTranslatesAStatementFromTheListWithoutOpeningTheEditor() {
        Grid<StatementSummary> grid = list();
        MemoryAnalysisDialog dialog = openFromTheList(grid);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .as("still the statement list")
                .isEmpty();
        assertThat(dialog.languages.getValue())
                .as("the translator's language checked, Arabic offered")
                .containsExactly(UnLanguage.FR);
        dialog.languages.setValue(Set.of(UnLanguage.AR, UnLanguage.FR));
        assertThat(dialog.preTranslate.isEnabled())
                .as("French is the translator's")
                .isTrue();

        test(dialog.analyse).click();
        runUiUpdatesUntil(() -> dialog.report.isVisible());
        // columns: match, ar segments, ar words, fr segments, fr words, all segments, all words
        assertThat(test(dialog.report).getHeaderCell(3)).isEqualTo("fr segments");
        int exactOrInContext = Integer.parseInt(reportCell(dialog, 0, 3)) + Integer.parseInt(reportCell(dialog, 1, 3));
        assertThat(exactOrInContext).isEqualTo(2);
        assertThat(reportCell(dialog, 6, 0)).isEqualTo("No match");
        assertThat(reportCell(dialog, 6, 3)).isEqualTo("1");
        assertThat(reportCell(dialog, 8, 0)).isEqualTo("Total");
        assertThat(reportCell(dialog, 8, 5)).as("all segments").isEqualTo("6");
        assertThat(dialog.csv.isVisible()).isTrue();

        dialog.languages.setValue(Set.of(UnLanguage.FR));
        test(dialog.preTranslate).click();
        runUiUpdatesUntil(() -> dialog.progressText.getText().contains("Filled"));
        assertThat(dialog.progressText.getText())
                .contains("Filled 2, skipped 1")
                .contains("French: 2 filled, 0 already translated, 1 without a match");
        List<SegmentRow> french = data.rows(statement, UnLanguage.FR);
        assertThat(french).extracting(r -> r.target().text()).containsExactly(FR_16_3, FR_16_1, "");
        assertThat(french.get(0).target().status()).isEqualTo(SegmentStatus.DRAFT);
        // the list reloaded behind the dialog: the row's French progress counts the drafts
        StatementSummary row = test(grid).getRow(rowOf(grid));
        assertThat(row.progress().stream()
                        .filter(p -> p.language() == UnLanguage.FR)
                        .findFirst()
                        .orElseThrow()
                        .count(SegmentStatus.DRAFT))
                .isEqualTo(2);
    }

    @Test
    void theServicesRefuseWhatTheTranslatorMayNotDoWhateverTheDialogOffers() {
        assertThatThrownBy(() -> preTranslation.preTranslate(statement, List.of(UnLanguage.AR), 100, ALL))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("You may not edit Arabic");

        MemoryAnalysisDialog dialog = openFromTheList(list());
        dialog.languages.setValue(Set.of(UnLanguage.FR));
        // an administrator takes French from the translator while the dialog offers it
        asAdmin(() -> {
            UserAccount account = users.listUsers().stream()
                    .filter(u -> u.username().equals(translator))
                    .findFirst()
                    .orElseThrow();
            users.updateUser(new UserUpdate(
                    account.id(), account.version(), account.fullName(), account.roles(), Set.of(), true));
        });
        assertThat(dialog.preTranslate.isEnabled()).isTrue();
        test(dialog.preTranslate).click();
        runUiUpdatesUntil(() ->
                !dialog.cancel.isEnabled() && !dialog.progressText.getText().endsWith("…"));
        assertThat(dialog.progressText.getText())
                .isEqualTo("You may not edit French: it is not one of your working languages, so you may not"
                        + " pre-translate it.");
        assertThat(data.rows(statement, UnLanguage.FR))
                .allMatch(r -> r.target().text().isEmpty());

        asAdmin(() -> statements.archive(statement));
        assertThatThrownBy(() -> analysis.analyse(statement, List.of(UnLanguage.FR), ALL))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Only administrators see archived statements");
    }
}
