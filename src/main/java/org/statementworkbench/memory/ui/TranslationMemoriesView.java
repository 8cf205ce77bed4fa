package org.statementworkbench.memory.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.memory.MemoryAdminService;
import org.statementworkbench.memory.MemorySummary;
import org.statementworkbench.security.Roles;

/**
 * Administrators manage the named translation memories: the grid lists them in order of priority (1 is consulted
 * first) with their units and languages; create, rename, delete (confirmed), move up and down; import a TMX file into
 * the selected memory (preview, then import, both in the background: {@link TmxImportDialog}); export the selected
 * memory, one language pair of it, or one statement's units as TMX. Shortcuts: Alt+N create, F2 rename, Delete,
 * Alt+Up/Alt+Down move, Alt+I import.
 */
@Route("admin/memories")
@PageTitle("Translation memories | Statement Workbench")
@Menu(title = "Translation memories", order = 93, icon = "vaadin:database")
@RolesAllowed(Roles.ADMIN)
class TranslationMemoriesView extends VerticalLayout {

    final Grid<MemorySummary> grid = new Grid<>();
    final Button create = new Button("Create…");
    final Button rename = new Button("Rename…");
    final Button delete = new Button("Delete…");
    final Button up = new Button("Move up");
    final Button down = new Button("Move down");
    final Button importTmx = new Button("Import TMX…");
    final Select<UnLanguage> pairSource = new Select<>();
    final Select<UnLanguage> pairTarget = new Select<>();
    final IntegerField statementId = new IntegerField("Statement id");
    final Anchor exportMemory;
    final Anchor exportPair;
    final Anchor exportStatement;

    private final MemoryAdminService service;
    private final Executor executor;
    private @Nullable Long selectAfterRefresh;

    TranslationMemoriesView(
            MemoryAdminService service, @Qualifier("applicationTaskExecutor") Executor applicationTaskExecutor) {
        this.service = service;
        this.executor = applicationTaskExecutor;
        configureGrid();
        create.addClickListener(e -> nameDialog("New memory", "", name -> {
            long id = service.create(name);
            selectAfterRefresh = id;
        }));
        create.addClickShortcut(Key.KEY_N, KeyModifier.ALT);
        rename.addClickListener(e -> selected()
                .ifPresent(m ->
                        nameDialog("Rename \"" + m.name() + "\"", m.name(), name -> service.rename(m.id(), name))));
        // F2 and Delete act on the grid's row: in a text field they keep their meaning
        rename.addClickShortcut(Key.F2).listenOn(grid);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> selected().ifPresent(this::confirmDelete));
        delete.addClickShortcut(Key.DELETE).listenOn(grid);
        up.addClickListener(e -> move(true));
        up.addClickShortcut(Key.ARROW_UP, KeyModifier.ALT);
        down.addClickListener(e -> move(false));
        down.addClickShortcut(Key.ARROW_DOWN, KeyModifier.ALT);
        importTmx.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importTmx.addClickListener(e ->
                selected().ifPresent(m -> new TmxImportDialog(service, executor, m, this::refresh).open()));
        importTmx.addClickShortcut(Key.KEY_I, KeyModifier.ALT);

        pairSource.setLabel("From");
        pairTarget.setLabel("Into");
        for (Select<UnLanguage> s : java.util.List.of(pairSource, pairTarget)) {
            s.setItems(UnLanguage.values());
            s.setItemLabelGenerator(UnLanguage::englishName);
        }
        pairSource.setValue(UnLanguage.EN);
        pairTarget.setValue(UnLanguage.FR);
        statementId.setMin(1);
        exportMemory = new Anchor(
                new TmxDownload(() -> selected()
                        .map(m ->
                                new TmxDownload.Export(fileName(m.name()), out -> service.exportMemory(m.id(), out)))),
                "The whole memory");
        exportMemory.setAriaLabel("Export the whole memory as TMX");
        exportPair = new Anchor(new TmxDownload(this::pairExport), "This language pair");
        exportPair.setAriaLabel("Export this language pair of the memory as TMX");
        exportStatement = new Anchor(new TmxDownload(this::statementExport), "This statement's units");
        exportStatement.setAriaLabel("Export this statement's units as TMX");
        pairSource.setWidth("10rem");
        pairTarget.setWidth("10rem");
        statementId.setWidth("8rem");

        var buttons = new HorizontalLayout(create, rename, delete, up, down, importTmx);
        buttons.setWrap(true);
        // the three exports on one line, so that the page fits a laptop's screen without scrolling
        var exports =
                new HorizontalLayout(exportMemory, pairSource, pairTarget, exportPair, statementId, exportStatement);
        exports.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        exports.setWrap(true);
        exports.addClassName("memory-exports");
        exportPair.getStyle().set("margin-inline-end", "var(--lumo-space-l)");
        exportMemory.getStyle().set("margin-inline-end", "var(--lumo-space-l)");
        setSizeFull();
        add(
                new Span("Memories are consulted in this order (priority 1 first). Approved segments go to"
                        + " \"Approved statements\", which cannot be renamed or deleted."),
                buttons,
                grid,
                new H4("Export as TMX"),
                exports);
        setFlexGrow(1, grid);
        grid.addSelectionListener(e -> updateButtons());
        refresh();
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(MemorySummary::priority)
                .setHeader("Priority")
                .setWidth("7rem")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(MemorySummary::name).setHeader("Name").setFlexGrow(1);
        grid.addColumn(m -> TmxImportDialog.count(m.units()))
                .setHeader("Units")
                .setWidth("9rem")
                .setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(m -> TmxImportDialog.languages(m.languages()))
                .setHeader("Languages")
                .setWidth("16rem")
                .setFlexGrow(0);
        grid.setMinHeight("14rem");
    }

    void refresh() {
        Long selectedId = selectAfterRefresh != null
                ? selectAfterRefresh
                : selected().map(MemorySummary::id).orElse(null);
        selectAfterRefresh = null;
        var memories = service.list();
        grid.setItems(memories);
        memories.stream()
                .filter(m -> selectedId != null && m.id() == selectedId)
                .findFirst()
                .or(() -> memories.stream().findFirst())
                .ifPresent(grid::select);
        updateButtons();
    }

    Optional<MemorySummary> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void updateButtons() {
        Optional<MemorySummary> m = selected();
        boolean approved = m.map(MemorySummary::approvedStatements).orElse(true);
        rename.setEnabled(!approved);
        delete.setEnabled(!approved);
        up.setEnabled(m.isPresent());
        down.setEnabled(m.isPresent());
        importTmx.setEnabled(m.isPresent());
        exportMemory.setEnabled(m.isPresent());
        exportPair.setEnabled(m.isPresent());
    }

    private void move(boolean upwards) {
        selected().ifPresent(m -> {
            if (run(() -> service.move(m.id(), upwards))) {
                refresh();
            }
        });
    }

    /**
     * Asks before deleting, with Cancel focused: Delete then Enter must not delete by accident what cannot be undone
     * (a plain dialog: ConfirmDialog puts the focus on its confirm button).
     */
    private void confirmDelete(MemorySummary m) {
        var dialog = new Dialog("Delete \"" + m.name() + "\"?");
        dialog.addClassName("memory-delete-dialog");
        dialog.add(new Span(
                "Its " + TmxImportDialog.count(m.units()) + " units are deleted with it. This cannot be undone."));
        var keep = new Button("Cancel", e -> dialog.close());
        var remove = new Button("Delete", e -> {
            dialog.close();
            if (run(() -> service.delete(m.id()))) {
                Notifications.success(
                        "\"" + m.name() + "\" deleted with its " + TmxImportDialog.count(m.units()) + " units.");
                grid.deselectAll();
                refresh();
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(keep, remove);
        dialog.setWidth("min(32rem, 96vw)");
        dialog.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                keep.focus();
            }
        });
        dialog.open();
    }

    private void nameDialog(String title, String value, Consumer<String> save) {
        var dialog = new Dialog(title);
        dialog.addClassName("memory-name-dialog");
        // wide enough for a long name such as "TICO-19 English-Russian (COVID-19 terms)" to be read whole
        dialog.setWidth("min(30rem, 96vw)");
        var name = new TextField("Name");
        name.setValue(value);
        name.setMaxLength(100);
        name.setRequired(true);
        name.setWidthFull();
        var ok = new Button("Save", e -> {
            if (run(() -> save.accept(name.getValue()))) {
                dialog.close();
                refresh();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(Key.ENTER).listenOn(dialog);
        dialog.add(name);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
        name.focus();
    }

    /** Runs a service call; a refusal or bad input is shown, not thrown. */
    private static boolean run(Runnable call) {
        try {
            call.run();
            return true;
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException e) {
            Notifications.error(e.getMessage() == null ? "Not possible." : e.getMessage());
            return false;
        }
    }

    private Optional<TmxDownload.Export> pairExport() {
        UnLanguage from = pairSource.getValue();
        UnLanguage into = pairTarget.getValue();
        if (from == null || into == null || from == into) {
            return Optional.empty();
        }
        return selected()
                .map(m -> new TmxDownload.Export(
                        fileName(m.name() + "-" + from.code() + "-" + into.code()),
                        out -> service.exportPair(m.id(), from, into, out)));
    }

    private Optional<TmxDownload.Export> statementExport() {
        Integer id = statementId.getValue();
        if (id == null) {
            return Optional.empty();
        }
        return Optional.of(
                new TmxDownload.Export(fileName("statement-" + id), out -> service.exportStatement(id, out)));
    }

    static String fileName(String name) {
        return name.toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}]+", "-")
                        .replaceAll("^-|-$", "") + "-" + LocalDate.now() + ".tmx";
    }
}
