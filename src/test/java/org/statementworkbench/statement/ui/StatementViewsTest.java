package org.statementworkbench.statement.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.statementworkbench.TestData;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.statement.StatementSummary;

/** The statement list (search, filters, archive, restore) and the import view's preview, as an administrator. */
@SpringBootTest
@WithMockUser(username = "views-admin", roles = "ADMIN")
class StatementViewsTest extends SpringBrowserlessTest {

    /** Columns: statement, source, segments, translations, the other modules' tasks, archive. */
    private static final int ARCHIVE_COLUMN = 5;

    @Autowired
    TestData data;

    private long importStatement(String title, String delegation) {
        return data.statement(title)
                .body("Commission on Narcotic Drugs")
                .session("sixty-sixth session", "3")
                .by(delegation)
                .from(UnLanguage.ES)
                .into(UnLanguage.EN, UnLanguage.FR)
                .pasted("Señor Presidente:\n\nMéxico reitera su compromiso con la Comisión de "
                        + "Estupefacientes. Muchas gracias.")
                .create();
    }

    private List<StatementSummary> shown(StatementListView view) {
        return test(view.grid).size() == 0
                ? List.of()
                : java.util.stream.IntStream.range(0, test(view.grid).size())
                        .mapToObj(i -> test(view.grid).getRow(i))
                        .toList();
    }

    @Test
    void searchFiltersAndArchiveRestore() {
        long mexico = importStatement("Statement by Mexico on drug policy", "Mexico");
        importStatement("Statement by Colombia on alternative development", "Colombia");
        StatementListView view = navigate(StatementListView.class);
        view.search.setValue("mexico");
        assertThat(shown(view)).extracting(StatementSummary::id).containsExactly(mexico);
        view.search.clear();
        view.body.setValue("Commission on Narcotic Drugs");
        view.language.setValue(UnLanguage.RU);
        assertThat(shown(view)).isEmpty();
        view.language.setValue(UnLanguage.FR);
        view.progressFilter.setValue(StatementListView.Progress.NOT_STARTED);
        assertThat(shown(view)).extracting(s -> s.details().delegation()).contains("Mexico", "Colombia");
        view.progressFilter.setValue(StatementListView.Progress.DONE);
        assertThat(shown(view)).isEmpty();
        view.progressFilter.setValue(StatementListView.Progress.ANY);

        view.search.setValue("mexico");
        test(view.grid).getRow(0);
        var archive = test(view.grid).getCellComponent(0, ARCHIVE_COLUMN);
        test((com.vaadin.flow.component.button.Button) archive).click();
        assertThat(shown(view)).isEmpty();

        view.archived.setValue(true);
        assertThat(shown(view)).extracting(StatementSummary::id).containsExactly(mexico);
        test((com.vaadin.flow.component.button.Button) test(view.grid).getCellComponent(0, ARCHIVE_COLUMN))
                .click();
        view.archived.setValue(false);
        assertThat(shown(view)).extracting(StatementSummary::id).containsExactly(mexico);
    }

    @Test
    void pastedTextIsPreviewedAsSegmentsBeforeAnythingIsStored() {
        ImportStatementView view = navigate(ImportStatementView.class);
        view.source.setValue(UnLanguage.FR);
        assertThat(view.targets.getValue())
                .containsExactlyInAnyOrder(UnLanguage.AR, UnLanguage.ZH, UnLanguage.EN, UnLanguage.RU, UnLanguage.ES);
        view.textSource.setSelectedIndex(1);
        view.pasted.setValue("**Monsieur le Président,**\n\nLa France se félicite de l’adoption du projet de "
                + "résolution A/C.3/78/L.12. M. Dupont prendra la parole. Je vous remercie.");
        test(view.preview).click();

        assertThat(view.previewGrid.isVisible()).isTrue();
        assertThat(test(view.previewGrid).size()).isEqualTo(4);
        assertThat(test(view.previewGrid).getRow(0)).isEqualTo("**Monsieur le Président,**");
        assertThat(test(view.previewGrid).getRow(2)).isEqualTo("M. Dupont prendra la parole.");
    }

    @Test
    void aFileThatCannotBeReadIsReportedAndNothingIsImported() {
        ImportStatementView view = navigate(ImportStatementView.class);
        test(view.title).setValue("Statement without text");
        test(view.importButton).click();
        assertThat(test(find(Notification.class).last()).getText()).contains("Choose a file first");

        view.textSource.setSelectedIndex(1);
        view.pasted.setValue("   ");
        test(view.preview).click();
        assertThat(test(find(Notification.class).last()).getText()).isNotBlank();
        assertThat(view.previewGrid.isVisible()).isFalse();
    }
}
