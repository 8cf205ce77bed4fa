package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Set;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.statement.LanguageProgress;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentStatus;

/**
 * The editor's row of what a translator uses while working: the target language (or all of them), the returned
 * segments, the status filter, the quality-check filter (errors, or one check family) and search that narrow the
 * segment list, going to a segment by number, the statement check, the check profile and the keyboard help.
 */
class EditorToolbar extends HorizontalLayout {

    /** The families the check filter offers: those the editor checks every segment with. */
    static final List<String> CHECK_FAMILIES = List.of("number", "symbol", "punct", "space", "text", "marker", "term");

    /** The issue filter's first choice: segments with errors of any check. */
    static final String ERRORS = "errors";

    final Select<UnLanguage> language = new Select<>();
    final Checkbox allLanguages = new Checkbox("All languages");
    final MultiSelectComboBox<SegmentStatus> statusFilter = new MultiSelectComboBox<>();
    final TextField search = new TextField();
    final IntegerField jump = new IntegerField();
    final Button checkStatement = new Button(VaadinIcon.CHECK_SQUARE_O.create());
    final Button returned = new Button();
    final Select<String> checkFamily = new Select<>();
    final Button checkProfile = new Button(VaadinIcon.SLIDERS.create());

    EditorToolbar() {
        var targetLabel = new Span("Target");
        targetLabel.addClassName("field-prefix");
        language.setPrefixComponent(targetLabel);
        language.setAriaLabel("Target language");
        language.addClassName("target-language");
        language.setItemLabelGenerator(l -> l.englishName() + " (" + l.code() + ")");
        allLanguages.setTooltipText("Show the source beside every target language");
        statusFilter.setPlaceholder("Status: all");
        statusFilter.setItems(SegmentStatus.values());
        statusFilter.setItemLabelGenerator(SegmentStatus::label);
        statusFilter.setAriaLabel("Filter by status");
        search.setPlaceholder("Search");
        search.setTooltipText("Search the source and target texts");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search source and target");
        jump.setPlaceholder("Go to #");
        jump.setMin(1);
        jump.setWidth("5.5em");
        jump.setAriaLabel("Go to segment number");
        var help = new Button(VaadinIcon.KEYBOARD_O.create(), e -> new ShortcutsDialog().open());
        help.setTooltipText("Keyboard shortcuts (F1)");
        help.setAriaLabel("Keyboard shortcuts");
        checkStatement.setTooltipText("Check language: spelling, grammar and style of every translated segment");
        checkStatement.setAriaLabel("Check language of every translated segment");
        checkStatement.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        returned.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        returned.addClassName("returned-filter");
        returned.setTooltipText("Show only the segments a reviewer returned, with their reasons");
        returned.setVisible(false);
        returned.addClickListener(e -> statusFilter.setValue(Set.of(SegmentStatus.RETURNED)));
        // one select for both issue filters (errors of any check, or issues of one family): the toolbar must fit
        // one row at 1366 pixels, or the segment list shrinks to two rows
        var issueChoices = new java.util.ArrayList<String>(List.of(ERRORS));
        issueChoices.addAll(CHECK_FAMILIES);
        checkFamily.setItems(issueChoices);
        checkFamily.setEmptySelectionAllowed(true);
        checkFamily.setEmptySelectionCaption("Issues: all");
        checkFamily.setItemLabelGenerator(f -> f == null
                ? "Issues: all"
                : ERRORS.equals(f) ? "With errors" : CheckProfileDialog.LABELS.getOrDefault(f, f));
        checkFamily.setAriaLabel("Only segments with errors, or with issues of one check family");
        checkFamily.setTooltipText(
                "Only segments whose translation has errors of the quality checks, or issues of one" + " check family");
        checkFamily.setWidth("9em");
        checkProfile.setTooltipText("Check profile: which checks run and how severe they are");
        checkProfile.setAriaLabel("Check profile");
        checkProfile.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(
                language,
                allLanguages,
                returned,
                statusFilter,
                checkFamily,
                search,
                jump,
                checkStatement,
                checkProfile,
                help);
        setAlignItems(Alignment.CENTER);
        addClassName("editor-toolbar");
        setWidthFull();
        setFlexGrow(1, search);
    }

    /**
     * Offers the statement's target languages and chooses the {@code requested} one (a tag, e.g. from the address),
     * else the first of the person's working languages, else the first target.
     */
    void offerLanguages(List<UnLanguage> targets, Set<UnLanguage> mine, String requested) {
        language.setItems(targets);
        UnLanguage preferred = targets.stream()
                .filter(mine::contains)
                .findFirst()
                .orElse(targets.isEmpty() ? UnLanguage.FR : targets.getFirst());
        language.setValue(
                UnLanguage.fromTag(requested).filter(targets::contains).orElse(preferred));
    }

    /** The chosen target language (French until one is chosen). */
    UnLanguage target() {
        UnLanguage l = language.getValue();
        return l == null ? UnLanguage.FR : l;
    }

    /** The segments the status filter and the search leave. */
    SegmentQuery query() {
        return new SegmentQuery(statusFilter.getValue(), search.getValue());
    }

    /** "Returned (N)" while the chosen language has returned segments: one click lists only those. */
    void showReturned(List<LanguageProgress> progress) {
        int n = progress.stream()
                .filter(p -> p.language() == target())
                .mapToInt(p -> p.count(SegmentStatus.RETURNED))
                .sum();
        returned.setText("Returned (" + n + ")");
        returned.setVisible(n > 0);
    }

    /** The filter on the quality checks' issues (errors only, one family). */
    IssueFilter issueFilter() {
        String choice = checkFamily.getValue();
        return ERRORS.equals(choice) ? new IssueFilter(true, null) : new IssueFilter(false, choice);
    }

    /** Shows every segment again. */
    void clearFilters() {
        statusFilter.clear();
        search.clear();
        checkFamily.clear();
    }
}
