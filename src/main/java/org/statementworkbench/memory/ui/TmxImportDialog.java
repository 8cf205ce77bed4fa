package org.statementworkbench.memory.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.memory.DuplicateChoice;
import org.statementworkbench.memory.MemoryAdminService;
import org.statementworkbench.memory.MemorySummary;
import org.statementworkbench.memory.TmxImportResult;
import org.statementworkbench.memory.TmxPreview;

/**
 * Import of a TMX file into one memory: upload, then the preview (read and compared with the memory in the
 * background: counts per language, languages left out, units with tags, duplicates) with the choice for duplicates,
 * then the import, also in the background with its progress; nothing changes before Import.
 */
class TmxImportDialog extends Dialog {

    final Upload upload;
    final Button chooseFile = new Button("Choose a TMX file…");
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Span counts = new Span();
    final RadioButtonGroup<DuplicateChoice> duplicates = new RadioButtonGroup<>("Duplicates");
    final Button importButton = new Button("Import");
    final Button cancel = new Button("Cancel");

    private final MemoryAdminService service;
    private final Executor executor;
    private final MemorySummary memory;
    private final Runnable imported;
    private @Nullable TmxPreview preview;
    /** The file being read for the preview, if any. */
    private @Nullable String reading;
    /** Whether an import runs in the background; closing the dialog then cancels it (checked between batches). */
    private boolean importing;

    private volatile boolean cancelled;

    TmxImportDialog(MemoryAdminService service, Executor executor, MemorySummary memory, Runnable imported) {
        this.service = service;
        this.executor = executor;
        this.memory = memory;
        this.imported = imported;
        setHeaderTitle("Import TMX into \"" + memory.name() + "\"");
        addClassName("tmx-import-dialog");
        // to a temporary file, not the heap: a TMX of a million units is several hundred MB; the service takes the file
        // over
        upload = new Upload(
                UploadHandler.toTempFile((metadata, file) -> startPreview(metadata.fileName(), file.toPath())));
        upload.setUploadButton(chooseFile);
        upload.setWidthFull();
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MemoryAdminService.MAX_BYTES);
        upload.setAcceptedFileTypes(".tmx", ".xml");
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        progress.setVisible(false);
        duplicates.setItems(DuplicateChoice.values());
        duplicates.setItemLabelGenerator(DuplicateChoice::label);
        duplicates.setValue(DuplicateChoice.SKIP);
        duplicates.setHelperText("A duplicate has the same texts in the same languages as a unit of the memory,"
                + " or as an earlier unit of the file.");
        duplicates.setVisible(false);
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> startImport());
        importButton.addClickShortcut(Key.ENTER).listenOn(this);
        cancel.addClickListener(e -> close());
        addDialogCloseActionListener(e -> {
            TmxPreview pending = preview;
            String file = pending != null ? pending.fileName() : reading;
            if (file != null && !importing) {
                Notifications.info("Closed without importing " + file + ": nothing changed.", 5000);
            }
            close();
        });
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                chooseFile.focus();
            }
        });
        var content = new VerticalLayout(
                new Span("TMX 1.4 (multilingual; texts in the six UN languages are imported), at most "
                        + MemoryAdminService.MAX_BYTES / (1024 * 1024) + " MB. Nothing changes before Import."),
                upload,
                progress,
                status,
                counts,
                duplicates);
        content.setPadding(false);
        add(content);
        getFooter().add(cancel, importButton);
        setWidth("min(44rem, 96vw)");
    }

    /** Reads the file on a background thread; the preview comes back through {@link UI#access}. */
    void startPreview(String fileName, Path content) {
        UI ui = UI.getCurrent();
        discardPreview();
        progress.setIndeterminate(true);
        progress.setVisible(true);
        status.setText("Reading " + fileName + " …");
        reading = fileName;
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                TmxPreview result = service.preview(
                        memory.id(),
                        fileName,
                        content,
                        percent -> ui.access(() -> {
                            progress.setIndeterminate(false);
                            progress.setValue(percent / 100.0);
                            status.setText("Reading " + fileName + " … " + percent + " %");
                        }));
                ui.access(() -> showPreview(result));
            } catch (RuntimeException e) {
                ui.access(() -> {
                    reading = null;
                    progress.setVisible(false);
                    status.setText("");
                    Notifications.error(message(e, "The file could not be read. Nothing was imported."));
                });
            }
        }));
    }

    private void showPreview(TmxPreview result) {
        reading = null;
        if (!isOpened()) {
            // closed while the file was read: nothing will import this preview
            service.discard(result.id());
            return;
        }
        preview = result;
        progress.setVisible(false);
        status.setText(result.fileName() + ": " + count(result.units()) + " units in UN languages.");
        counts.setText(describe(result));
        duplicates.setVisible(true);
        importButton.setEnabled(true);
        // the keyboard goes on to the choice for duplicates (arrow keys), then Enter imports
        duplicates
                .getElement()
                .executeJs("const r = this.querySelector('vaadin-radio-button[checked]')"
                        + " || this.querySelector('vaadin-radio-button'); if (r) r.focus();");
    }

    static String describe(TmxPreview p) {
        String perLanguage = p.perLanguage().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().code() + " " + count(e.getValue()))
                .collect(Collectors.joining(", "));
        StringBuilder b = new StringBuilder("Texts: ").append(perLanguage).append('.');
        if (!p.skippedLanguages().isEmpty()) {
            b.append(" Left out (not a UN language, or a second variant): ")
                    .append(p.skippedLanguages().entrySet().stream()
                            .sorted(Map.Entry.comparingByKey())
                            .map(e -> e.getKey() + " " + count(e.getValue()))
                            .collect(Collectors.joining(", ")))
                    .append('.');
        }
        if (p.skippedSingleLanguage() > 0) {
            b.append(" Units with fewer than two UN languages left out: ")
                    .append(count(p.skippedSingleLanguage()))
                    .append('.');
        }
        if (p.skippedTooLong() > 0) {
            b.append(" Units too long for the memory left out: ")
                    .append(count(p.skippedTooLong()))
                    .append('.');
        }
        b.append(" Units with tags: ")
                .append(count(p.unitsWithTags()))
                .append(". Duplicates in the file: ")
                .append(count(p.duplicatesInFile()))
                .append("; already in the memory: ")
                .append(count(p.duplicatesInMemory()))
                .append('.');
        return b.toString();
    }

    /** Imports on a background thread, the progress bar following. */
    void startImport() {
        TmxPreview p = preview;
        DuplicateChoice choice = duplicates.getValue();
        if (p == null || choice == null) {
            return;
        }
        UI ui = UI.getCurrent();
        importButton.setEnabled(false);
        upload.setVisible(false);
        progress.setIndeterminate(false);
        progress.setValue(0);
        progress.setVisible(true);
        status.setText("Importing " + p.fileName() + " … (Cancel or Esc stops it: nothing is imported then)");
        importing = true;
        cancelled = false;
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                TmxImportResult result = service.importTmx(p.id(), choice, percent -> {
                    if (cancelled) {
                        // between two batches: the import's transaction rolls back
                        throw new CancellationException();
                    }
                    ui.access(() -> progress.setValue(percent / 100.0));
                });
                ui.access(() -> {
                    importing = false;
                    preview = null;
                    Notifications.success("Import into \"" + memory.name() + "\": " + result.summary() + ".");
                    imported.run();
                    close();
                });
            } catch (CancellationException e) {
                ui.access(() -> {
                    importing = false;
                    preview = null;
                    Notifications.info("Import of " + p.fileName() + " cancelled: nothing was imported.", 5000);
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    importing = false;
                    preview = null; // the service deleted the file: it must be uploaded again
                    progress.setVisible(false);
                    status.setText("");
                    upload.setVisible(true);
                    Notifications.error(message(e, "The import failed; nothing was imported."));
                });
            }
        }));
    }

    private void discardPreview() {
        TmxPreview p = preview;
        preview = null;
        if (p != null) {
            service.discard(p.id());
        }
        counts.setText("");
        duplicates.setVisible(false);
        importButton.setEnabled(false);
    }

    @Override
    public void close() {
        if (importing) {
            cancelled = true;
        } else {
            discardPreview();
        }
        super.close();
    }

    /** A count as translators read it: 1,000,000. */
    static String count(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    static String message(RuntimeException e, String fallback) {
        return e.getMessage() == null ? fallback : e.getMessage();
    }

    static String languages(java.util.List<UnLanguage> languages) {
        return languages.stream().map(UnLanguage::code).collect(Collectors.joining(", "));
    }
}
