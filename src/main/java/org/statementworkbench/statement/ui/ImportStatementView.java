package org.statementworkbench.statement.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.security.Roles;
import org.statementworkbench.statement.NewStatement;
import org.statementworkbench.statement.StatementDetails;
import org.statementworkbench.statement.StatementImportService;
import org.statementworkbench.statement.importing.ImportedDocument;
import org.statementworkbench.statement.importing.StatementFileReader;

/**
 * Administrators create a statement: its details, then its text from a file (txt, md, docx, html) or pasted.
 * A preview shows the segments before anything is stored; the import runs in the background with a progress
 * bar and stores everything or nothing.
 */
@Route("statements/new")
@PageTitle("Import statement | Statement Workbench")
@Menu(title = "Import statement", order = 20, icon = "vaadin:upload")
@RolesAllowed(Roles.ADMIN)
class ImportStatementView extends VerticalLayout {

    static final List<String> BODIES = List.of(
            "Commission on Crime Prevention and Criminal Justice",
            "Commission on Narcotic Drugs",
            "General Assembly",
            "Security Council",
            "Economic and Social Council",
            "Human Rights Council",
            "Conference of the States Parties to the United Nations Convention against "
                    + "Transnational Organized Crime");

    final TextField title = new TextField("Title");
    final TextField symbol = new TextField("Document symbol");
    final ComboBox<String> body = new ComboBox<>("Body");
    final TextField session = new TextField("Session");
    final TextField agendaItem = new TextField("Agenda item");
    final TextField speaker = new TextField("Speaker");
    final TextField delegation = new TextField("Delegation");
    final DatePicker delivered = new DatePicker("Date delivered");
    final Select<UnLanguage> source = new Select<>();
    final CheckboxGroup<UnLanguage> targets = new CheckboxGroup<>("Target languages");
    final TextArea pasted = new TextArea("Statement text");
    final Upload upload;
    final Span fileInfo = new Span("No file chosen.");
    final TabSheet textSource = new TabSheet();
    final Button preview = new Button("Preview segments");
    final Button importButton = new Button("Import");
    final ProgressBar progress = new ProgressBar();
    final Grid<String> previewGrid = new Grid<>();

    private final StatementImportService importService;
    private final Executor executor;
    private @Nullable String fileName;
    private byte @Nullable [] fileContent;

    ImportStatementView(
            StatementImportService importService,
            @Qualifier("applicationTaskExecutor") Executor applicationTaskExecutor) {
        this.importService = importService;
        this.executor = applicationTaskExecutor;
        title.setRequired(true);
        title.setMaxLength(500);
        symbol.setMaxLength(100);
        symbol.setPlaceholder("e.g. E/CN.15/2022/L.5/Rev.1");
        body.setItems(BODIES);
        body.setAllowCustomValue(true);
        body.addCustomValueSetListener(e -> body.setValue(e.getDetail()));
        session.setPlaceholder("e.g. thirty-first session");
        source.setLabel("Source language");
        source.setItems(UnLanguage.values());
        source.setItemLabelGenerator(UnLanguage::englishName);
        targets.setItems(UnLanguage.values());
        targets.setItemLabelGenerator(UnLanguage::englishName);
        source.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                targets.setItemEnabledProvider(l -> l != e.getValue());
                targets.setValue(EnumSet.complementOf(EnumSet.of(e.getValue())));
            }
        });
        source.setValue(UnLanguage.EN);

        upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            fileName = metadata.fileName();
            fileContent = data;
            fileInfo.setText(metadata.fileName() + " (" + Math.max(1, data.length / 1024) + " KB)");
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(StatementFileReader.MAX_BYTES);
        upload.setAcceptedFileTypes(".txt", ".md", ".markdown", ".docx", ".html", ".htm");
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        pasted.setWidthFull();
        pasted.setMinHeight("12em");
        pasted.setPlaceholder(
                "Paste the statement here. Blank lines separate paragraphs; **bold** and *italic* " + "are kept.");
        textSource.add(
                "Upload a file",
                new VerticalLayout(
                        upload,
                        fileInfo,
                        new Span("Word (.docx), Markdown (.md), plain text (.txt, UTF-8) or HTML; at most 10 MB.")));
        textSource.add("Paste text", pasted);
        textSource.setWidthFull();

        var form = new FormLayout(
                title, symbol, body, session, agendaItem, speaker, delegation, delivered, source, targets);
        form.setColspan(title, 2);
        form.setColspan(targets, 2);
        preview.addClickListener(e -> showPreview());
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.addClickListener(e -> startImport());
        progress.setVisible(false);
        previewGrid.addColumn(s -> s).setHeader("Segments (preview)");
        previewGrid.setVisible(false);
        previewGrid.setHeight("16em");
        add(form, textSource, new HorizontalLayout(preview, importButton), progress, previewGrid);
    }

    private ImportedDocument readDocument() {
        if (textSource.getSelectedIndex() == 1) {
            return importService.readPasted(pasted.getValue());
        }
        if (fileContent == null || fileName == null) {
            throw new IllegalArgumentException("Choose a file first, or paste the text.");
        }
        return importService.read(fileName, fileContent);
    }

    private void showPreview() {
        try {
            List<String> segments = importService.preview(readDocument(), selectedSource(), 200);
            previewGrid.setItems(segments);
            previewGrid.setVisible(true);
        } catch (RuntimeException e) {
            Notifications.error(messageOf(e));
        }
    }

    private UnLanguage selectedSource() {
        UnLanguage l = source.getValue();
        return l == null ? UnLanguage.EN : l;
    }

    private void startImport() {
        if (title.isEmpty()) {
            title.setInvalid(true);
            title.setErrorMessage("A statement needs a title.");
            return;
        }
        NewStatement details;
        ImportedDocument document;
        try {
            details = new NewStatement(
                    title.getValue(),
                    new StatementDetails(
                            symbol.getValue(),
                            body.getValue(),
                            session.getValue(),
                            agendaItem.getValue(),
                            speaker.getValue(),
                            delegation.getValue(),
                            delivered.getValue()),
                    selectedSource(),
                    targets.getValue());
            document = readDocument();
        } catch (RuntimeException e) {
            Notifications.error(messageOf(e));
            return;
        }
        UI ui = UI.getCurrent();
        importButton.setEnabled(false);
        progress.setVisible(true);
        progress.setValue(0);
        CompletableFuture.runAsync(
                new DelegatingSecurityContextRunnable(() -> {
                    try {
                        long id = importService.importStatement(
                                details, document, p -> ui.access(() -> progress.setValue(p)));
                        ui.access(() -> {
                            Notifications.success("Statement imported.");
                            ui.navigate("statement/" + id);
                        });
                    } catch (RuntimeException e) {
                        ui.access(() -> {
                            Notifications.error(messageOf(e) + " Nothing was stored.");
                            importButton.setEnabled(true);
                            progress.setVisible(false);
                        });
                    }
                }),
                executor);
    }

    private static String messageOf(RuntimeException e) {
        return e.getMessage() == null ? "The statement could not be imported." : e.getMessage();
    }
}
