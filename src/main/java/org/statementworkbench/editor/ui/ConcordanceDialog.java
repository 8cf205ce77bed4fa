package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.memory.ConcordanceHit;
import org.statementworkbench.memory.ConcordanceService;

/**
 * Concordance (Ctrl+K in the editor): searches the memories for a word or phrase in any of the six languages,
 * inflection-aware, and lists the units found with the words marked, the text in a second language beside them
 * and where each came from, with a link to its statement. Opens with the selected text and the statement's source
 * language (the target language beside); Enter searches, off the request thread. Keyboard only: the query has the
 * focus, Tab reaches the languages, the button and the list, Esc closes.
 */
class ConcordanceDialog extends Dialog {

    static final int LIMIT = 50;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    final TextField query = new TextField("Search the memories for");
    final Select<UnLanguage> language = new Select<>();
    final Select<UnLanguage> beside = new Select<>();
    final Button search = new Button("Search");
    final Span status = new Span();
    final Grid<ConcordanceHit> hits = new Grid<>();

    private final ConcordanceService concordance;
    private final Executor executor;
    private int searches;

    ConcordanceDialog(
            ConcordanceService concordance,
            Executor executor,
            String selected,
            UnLanguage sourceLanguage,
            UnLanguage targetLanguage) {
        this.concordance = concordance;
        this.executor = executor;
        addClassName("concordance-dialog");
        setHeaderTitle("Concordance");
        setWidth("min(72rem, 96vw)");
        setResizable(true);
        setDraggable(true);
        query.setValue(selected.strip());
        query.setMaxLength(ConcordanceService.MAX_QUERY_LENGTH);
        // no clear button: Esc in the field would clear it instead of closing the dialog
        query.setWidthFull();
        query.setAutofocus(true);
        query.setHelperText("Any form of the words: \"конвенция\" finds \"конвенции\"; Enter searches");
        language.setLabel("In");
        language.setItems(UnLanguage.values());
        language.setItemLabelGenerator(UnLanguage::englishName);
        language.setValue(sourceLanguage);
        beside.setLabel("Show beside");
        beside.setItems(UnLanguage.values());
        beside.setItemLabelGenerator(UnLanguage::englishName);
        beside.setValue(targetLanguage == sourceLanguage ? UnLanguage.EN : targetLanguage);
        language.addValueChangeListener(e -> {
            directionOfQuery();
            if (e.getValue() != null && e.getValue() == beside.getValue()) {
                beside.setValue(e.getOldValue());
            }
        });
        beside.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() == language.getValue()) {
                language.setValue(e.getOldValue());
            }
        });
        directionOfQuery();
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(e -> search());
        query.addKeyDownListener(Key.ENTER, e -> search());
        status.addClassName("concordance-status");
        status.getElement().setAttribute("aria-live", "polite");
        hits.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        hits.setAriaLabel("Concordance hits");
        hits.setHeight("min(24rem, calc(100vh - 22rem))");
        hits.addComponentColumn(h -> HighlightedText.of(h.text(), h.hits(), searched()))
                .setHeader("Found")
                .setFlexGrow(3);
        hits.addComponentColumn(h -> HighlightedText.of(h.otherText(), h.otherHits(), shownBeside()))
                .setHeader("Beside")
                .setFlexGrow(3);
        hits.addComponentColumn(ConcordanceDialog::origin).setHeader("Origin").setFlexGrow(1);
        var row = new HorizontalLayout(query, language, beside, search);
        row.setWidthFull();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setFlexGrow(1, query);
        add(row, status, hits);
        getFooter().add(new Button("Close", e -> close()));
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                query.focus();
                if (!query.getValue().isBlank()) {
                    search();
                }
            }
        });
    }

    private UnLanguage searched() {
        UnLanguage value = language.getValue();
        return value == null ? UnLanguage.EN : value;
    }

    private UnLanguage shownBeside() {
        UnLanguage value = beside.getValue();
        return value == null ? UnLanguage.FR : value;
    }

    private void directionOfQuery() {
        query.getElement().setAttribute("dir", searched().rightToLeft() ? "rtl" : "ltr");
        query.getElement().setAttribute("lang", searched().code());
    }

    /** Memory · document symbol · date, and a link to the statement when the unit came from one. */
    private static Div origin(ConcordanceHit hit) {
        var origin = new Div(new Span(hit.memory()));
        origin.addClassName("concordance-origin");
        if (hit.documentSymbol() != null) {
            origin.add(new Div(new Span(hit.documentSymbol())));
        }
        origin.add(new Div(new Span(DATE.format(hit.date()))));
        if (hit.statementId() != null) {
            var link = new Anchor("statement/" + hit.statementId(), "Open statement");
            link.setTarget("_blank");
            origin.add(new Div(link));
        }
        return origin;
    }

    void search() {
        String text = query.getValue().strip();
        if (text.isEmpty()) {
            status.setText("Type a word or phrase to search for.");
            query.focus();
            return;
        }
        UnLanguage in = searched();
        UnLanguage other = shownBeside();
        int run = ++searches;
        status.setText("Searching…");
        UI ui = UI.getCurrent();
        var withUser = new DelegatingSecurityContextExecutor(executor, SecurityContextHolder.getContext());
        CompletableFuture<List<ConcordanceHit>> found;
        try {
            found = CompletableFuture.supplyAsync(() -> concordance.search(in, text, other, LIMIT), withUser);
        } catch (RejectedExecutionException e) {
            found = CompletableFuture.failedFuture(new IllegalStateException("The server is busy; try again."));
        }
        found.whenComplete((list, error) -> UiUpdates.access(ui, () -> {
            if (run != searches) {
                return; // a newer search is under way
            }
            if (error != null || list == null) {
                hits.setItems(List.of());
                status.setText(MemoryDialogs.failure(error, "The search failed."));
                return;
            }
            hits.setItems(list);
            status.setText(
                    list.isEmpty()
                            ? "Nothing found in " + in.englishName() + "."
                            : list.size() + (list.size() == LIMIT ? "+ hits" : list.size() == 1 ? " hit" : " hits")
                                    + " in " + in.englishName() + ", " + other.englishName() + " beside.");
        }));
    }
}
