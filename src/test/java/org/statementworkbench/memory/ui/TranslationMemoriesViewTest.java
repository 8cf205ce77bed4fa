package org.statementworkbench.memory.ui;

import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.memory.MemoryAdminService;
import org.statementworkbench.memory.MemorySummary;
import org.statementworkbench.security.Role;

/**
 * An administrator selects a memory, uploads a TMX file (TICO-19 English-Arabic, CC0), sees the preview and imports
 * it in the background; the grid shows the new units. A translator can neither open the view nor call the service.
 */
@SpringBootTest
class TranslationMemoriesViewTest extends SignedInBrowserlessTest {

    @Autowired
    MemoryAdminService service;

    @Autowired
    TestData data;

    @BeforeEach
    void signIn() {
        TestSignIn.as(data.admin(TestData.unique("tm-view"), "Omar Farouk"), Role.ADMIN);
    }

    @Test
    void anAdministratorPreviewsAndImportsATmxFileIntoTheSelectedMemory() throws Exception {
        long id = service.create(TestData.unique("TICO-19 view"));
        TranslationMemoriesView view = navigate(TranslationMemoriesView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(2);
        MemorySummary created =
                service.list().stream().filter(m -> m.id() == id).findFirst().orElseThrow();
        view.grid.select(created);
        assertThat(view.delete.isEnabled()).isTrue();
        test(view.importTmx).click();
        TmxImportDialog dialog = $(TmxImportDialog.class).single();
        assertThat(dialog.importButton.isEnabled()).isFalse();

        // as the upload hands it over: a temporary file, which the import deletes once done
        Path file = Files.createTempFile("upload-", ".tmp");
        Files.copy(Path.of("src/test/resources/memory/tico19/tico19-300.en-ar.tmx"), file, REPLACE_EXISTING);
        dialog.startPreview("tico19-300.en-ar.tmx", file);
        runUiUpdatesUntil(() -> !dialog.progress.isVisible());
        assertThat(dialog.status.getText()).contains("300 units");
        assertThat(dialog.counts.getText()).contains("ar 300", "en 300").contains("already in the memory: 0");
        assertThat(dialog.importButton.isEnabled()).isTrue();

        test(dialog.importButton).click();
        runUiUpdatesUntil(() -> !dialog.isOpened());
        MemorySummary row = view.selected().orElseThrow();
        assertThat(row.id()).isEqualTo(id);
        assertThat(row.units()).isEqualTo(300);
        assertThat(file).as("the uploaded file is deleted after the import").doesNotExist();
        assertThat(view.exportMemory.isEnabled()).isTrue();
        assertThat(TranslationMemoriesView.fileName("TICO-19 view"))
                .startsWith("tico-19-view-")
                .endsWith(".tmx");
        service.delete(id);
    }

    @Test
    void approvedStatementsCannotBeRenamedOrDeletedFromTheView() {
        TranslationMemoriesView view = navigate(TranslationMemoriesView.class);
        MemorySummary approved = service.list().stream()
                .filter(MemorySummary::approvedStatements)
                .findFirst()
                .orElseThrow();
        view.grid.select(approved);
        assertThat(view.rename.isEnabled()).isFalse();
        assertThat(view.delete.isEnabled()).isFalse();
    }

    @Test
    void aTranslatorCannotOpenTheViewNorUseTheService() {
        long id = service.create(TestData.unique("Guarded view"));
        TestSignIn.as(data.translator(TestData.unique("tm-tr"), "Ivan Petrov"), Role.TRANSLATOR);
        try {
            navigate(TranslationMemoriesView.class);
        } catch (RuntimeException refused) {
            // browserless reports the refused navigation; either way the view must not be shown
        }
        assertThat(getCurrentView()).isNotInstanceOf(TranslationMemoriesView.class);
        assertThatThrownBy(() -> service.delete(id)).isInstanceOf(AccessDeniedException.class);
    }
}
