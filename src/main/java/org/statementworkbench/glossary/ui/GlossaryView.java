package org.statementworkbench.glossary.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryQuery;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.TermLanguage;
import org.statementworkbench.glossary.UsageStatus;
import org.statementworkbench.security.Roles;

/**
 * The glossary: everyone searches it in any language (case, accents and Arabic diacritics folded) and reads its
 * concepts; glossary managers and administrators create, edit, retire, restore and merge them. Keyboard first:
 * Ctrl+K to search, arrows in the results, Enter to open.
 */
@Route("glossary")
@PageTitle("Glossary | Statement Workbench")
@Menu(title = "Glossary", order = 30, icon = "vaadin:book")
@PermitAll
@CssImport("./styles/glossary.css")
class GlossaryView extends VerticalLayout implements BeforeEnterObserver, ConceptEditor.Host {

    static final String STARTS_WITH = "Starts with";
    static final String WHOLE_WORDS = "Whole words";
    static final String SHORTCUTS = "Ctrl+K search · ↑ ↓ move · Enter open · Ctrl+S save · Esc close";

    final TextField search = new TextField();
    final RadioButtonGroup<String> match = new RadioButtonGroup<>();
    final ComboBox<String> subject = new ComboBox<>();
    final ComboBox<String> language = new ComboBox<>();
    final ComboBox<UsageStatus> status = new ComboBox<>();
    final ComboBox<Approval> approval = new ComboBox<>();
    final Checkbox showRetired = new Checkbox("Show retired");
    final Span resultCount = new Span();
    final Button newConcept = new Button("New concept", VaadinIcon.PLUS.create());
    final Button merge = new Button("Merge selected…");
    final Grid<GlossaryConcept> grid = new Grid<>();
    final boolean canCurate;

    private final GlossaryService service;
    private @Nullable GlossaryConcept focused;

    GlossaryView(GlossaryService service, AuthenticationContext authentication) {
        this.service = service;
        this.canCurate = authentication.hasAnyRole(Roles.GLOSSARY_MANAGER, Roles.ADMIN);
        setSizeFull();
        addClassName("glossary-view");

        search.setPlaceholder("Search terms in any language");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(250);
        search.setAriaLabel("Search the glossary");
        search.setTooltipText("Ctrl+K");
        search.addClassName("glossary-search");
        search.addValueChangeListener(e -> refresh());
        search.addKeyDownListener(Key.ENTER, e -> refresh());
        // The grid's own focus() lands on its host, from where arrows do nothing: focus its first body cell.
        search.addKeyDownListener(
                Key.ARROW_DOWN, e -> grid.getElement().executeJs("(this._itemsFocusable || this).focus()"));
        match.setItems(STARTS_WITH, WHOLE_WORDS);
        match.setValue(STARTS_WITH);
        match.setAriaLabel("Match");
        match.addValueChangeListener(e -> refresh());
        filter(subject, "Subject field");
        subject.setItems(service.subjectFields());
        filter(language, "Language");
        language.setItems(languages());
        language.setItemLabelGenerator(GlossaryLabels::language);
        filter(status, "Usage status");
        status.setItems(UsageStatus.values());
        status.setItemLabelGenerator(UsageStatus::label);
        filter(approval, "Approval");
        approval.setItems(Approval.values());
        approval.setItemLabelGenerator(Approval::label);
        showRetired.addValueChangeListener(e -> refresh());
        showRetired.setTooltipText("Retired concepts are shown greyed");

        newConcept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newConcept.addClickListener(e -> edit(null));
        newConcept.setVisible(canCurate);
        merge.setVisible(canCurate);
        merge.setEnabled(false);
        merge.setTooltipText("Tick two concepts in the list to merge them");
        merge.addClickListener(e -> mergeSelected());
        var row1 = new HorizontalLayout(search, match, newConcept, merge);
        row1.setWidthFull();
        row1.setAlignItems(FlexComponent.Alignment.BASELINE);
        row1.setFlexGrow(1, search);
        var row2 = new HorizontalLayout(subject, language, status, approval, showRetired);
        row2.setAlignItems(FlexComponent.Alignment.BASELINE);
        row2.addClassName("glossary-filters");
        var hint = new Span(SHORTCUTS);
        hint.addClassName("glossary-hint");
        resultCount.addClassName("glossary-count");
        var info = new HorizontalLayout(resultCount, hint);
        info.setWidthFull();
        info.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        new GlossaryGrid(grid).configure();
        grid.setSelectionMode(canCurate ? Grid.SelectionMode.MULTI : Grid.SelectionMode.NONE);
        if (canCurate) {
            grid.addSelectionListener(
                    e -> merge.setEnabled(e.getAllSelectedItems().size() == 2));
        }
        grid.addItemClickListener(e -> {
            if (e.getColumn() != null) {
                edit(e.getItem());
            }
        });
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(
                        grid,
                        () -> {
                            if (focused != null) {
                                edit(focused);
                            }
                        },
                        Key.ENTER)
                .listenOn(grid);
        Shortcuts.addShortcutListener(this, () -> search.focus(), Key.KEY_K, KeyModifier.CONTROL);
        grid.setItems(new CallbackDataProvider<GlossaryConcept, Void>(
                q -> service.search(query(), q.getOffset(), q.getLimit()).stream(),
                q -> service.count(query()),
                GlossaryConcept::id));
        add(row1, row2, info, grid);
        setFlexGrow(1, grid);
        showCount();
        search.focus();
    }

    private <T> void filter(ComboBox<T> box, String label) {
        box.setPlaceholder(label);
        box.setAriaLabel(label);
        box.setClearButtonVisible(true);
        box.setTooltipText(label);
        box.addValueChangeListener(e -> refresh());
    }

    /** The six UN languages first, then the others the glossary has. */
    private List<String> languages() {
        List<String> codes = new ArrayList<>();
        for (UnLanguage l : UnLanguage.values()) {
            codes.add(l.code());
        }
        service.languages().stream()
                .filter(c -> TermLanguage.unLanguageOf(c).isEmpty())
                .forEach(codes::add);
        return codes;
    }

    GlossaryQuery query() {
        return new GlossaryQuery(
                search.getValue(),
                WHOLE_WORDS.equals(match.getValue()),
                language.getValue(),
                subject.getValue(),
                status.getValue(),
                approval.getValue(),
                showRetired.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
        showCount();
    }

    private void showCount() {
        int n = service.count(query());
        resultCount.setText(n == 1 ? "1 concept" : n + " concepts");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("concept").ifPresent(id -> {
            try {
                open(Long.parseLong(id));
            } catch (NumberFormatException e) {
                Notifications.error("No concept " + id + ".");
            }
        });
    }

    void edit(@Nullable GlossaryConcept concept) {
        GlossaryConcept fresh =
                concept == null ? null : service.find(concept.id()).orElse(concept);
        new ConceptEditor(service, fresh, canCurate, this).open();
    }

    @Override
    public void open(long conceptId) {
        service.find(conceptId).ifPresentOrElse(this::edit, () -> Notifications.error("No concept " + conceptId + "."));
    }

    @Override
    public void changed() {
        String chosen = subject.getValue();
        subject.setItems(service.subjectFields());
        subject.setValue(chosen);
        if (canCurate) {
            grid.deselectAll();
        }
        refresh();
    }

    private void mergeSelected() {
        Set<GlossaryConcept> selected = grid.getSelectedItems();
        if (selected.size() != 2) {
            return;
        }
        List<GlossaryConcept> two =
                selected.stream().map(c -> service.find(c.id()).orElse(c)).toList();
        new MergeConceptsDialog(service, two.get(0), two.get(1), kept -> changed()).open();
    }
}
