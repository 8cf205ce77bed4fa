package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.base.ui.UiBroadcaster.Echo;
import org.statementworkbench.base.ui.UiBroadcasts;
import org.statementworkbench.editor.EditorPresence;
import org.statementworkbench.editor.PresenceChanged;
import org.statementworkbench.editor.SegmentPresence;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.TermProposalService;
import org.statementworkbench.languagecheck.LanguageCheckService;
import org.statementworkbench.languagecheck.LanguageRuleService;
import org.statementworkbench.languagecheck.LanguageRulesChanged;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.Revision;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.SegmentStructureService;
import org.statementworkbench.statement.StatementExportService;
import org.statementworkbench.statement.StatementService;
import org.statementworkbench.statement.StatementStructureChanged;
import org.statementworkbench.statement.StatementSummary;
import org.statementworkbench.statement.StructureRights;
import org.statementworkbench.statement.TranslationSaved;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.terminology.TerminologyIndex;
import org.statementworkbench.terminology.TerminologyUpdated;

/**
 * The side-by-side editor: every segment of a statement beside its translation into the chosen language (or
 * into all target languages), loaded lazily; the current segment is edited in the pane below.
 */
@Route("statement")
@PermitAll
class EditorView extends VerticalLayout
        implements HasUrlParameter<Long>, HasDynamicTitle, BeforeLeaveObserver, SegmentEditPane.Host {

    static final int PAGE = 50;

    final Select<UnLanguage> language = new Select<>();
    final Checkbox allLanguages = new Checkbox("All languages");
    final MultiSelectComboBox<SegmentStatus> statusFilter = new MultiSelectComboBox<>();
    final TextField search = new TextField();
    final IntegerField jump = new IntegerField();
    final LanguageProgressLine progress = new LanguageProgressLine();
    final SegmentGrid grid = new SegmentGrid();
    final PresenceNote presenceNote = new PresenceNote();
    final Anchor terminologyReport = new Anchor("", "Terminology report");
    final SegmentEditPane editPane;
    final SegmentTerminology terminology;
    final SegmentLanguageCheck languageCheck;
    final Button checkStatement = new Button("Check language…", VaadinIcon.CHECK_SQUARE_O.create());
    final SplitLayout split = new SplitLayout(SplitLayout.Orientation.VERTICAL);

    private final StatementService statements;
    private final TranslationService translations;
    private final UserService users;
    private final SegmentStructureActions structureActions;
    private final ExportLinks exportLinks;
    private final GlossaryService glossary;
    private final TermProposalService proposals;
    private final LanguageCheckService checks;
    private final LanguageRuleService languageRules;
    private final Executor statementCheckReader;
    private final OtherEditors others;
    /** LanguageTool matches per segment and language, from the last statement check and the editor's own checks. */
    private final Map<Long, Map<UnLanguage, Integer>> languageIssues = new HashMap<>();

    private @Nullable StatementSummary statement;
    private int currentIndex = -1;
    private boolean moving;

    EditorView(
            StatementService statements,
            TranslationService translations,
            UiBroadcasts broadcasts,
            UserService users,
            SegmentStructureService structure,
            StatementExportService exports,
            GlossaryService glossary,
            TermProposalService proposals,
            TerminologyIndex terminologyIndex,
            LanguageCheckService checks,
            LanguageRuleService languageRules,
            SegmentPresence presence,
            @Qualifier(StatementCheckConfiguration.EXECUTOR) Executor statementCheckReader) {
        this.checks = checks;
        this.statementCheckReader = statementCheckReader;
        this.languageRules = languageRules;
        this.glossary = glossary;
        this.proposals = proposals;
        this.structureActions = new SegmentStructureActions(structure);
        this.exportLinks = new ExportLinks(exports);
        this.statements = statements;
        this.translations = translations;
        this.users = users;
        this.others = new OtherEditors(
                presence,
                broadcasts.of(PresenceChanged.class),
                users.currentUser().map(UserAccount::username).orElse(""));
        this.editPane = new SegmentEditPane(translations, this);
        var targetRanges = new TargetRanges(editPane.target);
        this.terminology = new SegmentTerminology(
                terminologyIndex,
                glossary,
                broadcasts.of(TerminologyUpdated.class),
                editPane.source,
                editPane.target,
                targetRanges);
        this.languageCheck = new SegmentLanguageCheck(
                checks,
                languageRules,
                broadcasts.of(LanguageRulesChanged.class),
                editPane.target,
                targetRanges,
                () -> users.currentUser().map(UserAccount::roles).orElse(Set.<Role>of()));
        languageCheck.onChecked(c -> languageIssues
                .computeIfAbsent(c.segmentId(), id -> new EnumMap<>(UnLanguage.class))
                .put(c.language(), c.matches()));
        // this editor shows its own saves, splits and merges itself: it hears only the others'
        broadcasts.register(TranslationSaved.class, this, Echo.SKIP, this::onSavedElsewhere);
        broadcasts.register(StatementStructureChanged.class, this, Echo.SKIP, this::onStructureChangedElsewhere);
        setSizeFull();
        setPadding(false);
        addClassName("editor-view");

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
        search.setPlaceholder("Search source and target");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setAriaLabel("Search");
        jump.setPlaceholder("Go to #");
        jump.setMin(1);
        jump.setWidth("6.5em");
        jump.setAriaLabel("Go to segment number");
        var help = new Button(VaadinIcon.KEYBOARD_O.create(), e -> new ShortcutsDialog().open());
        help.setTooltipText("Keyboard shortcuts (F1)");
        help.setAriaLabel("Keyboard shortcuts");
        checkStatement.setTooltipText("Check spelling, grammar and style of every translated segment");
        checkStatement.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        checkStatement.addClickListener(e -> openStatementCheck());
        // One row of what a translator uses while working, one slim row of progress, exports and reports: the
        // height goes to the segments and the edit pane (a 1366x768 laptop leaves about 625 px to the page).
        var toolbar = new HorizontalLayout(language, allLanguages, statusFilter, search, jump, checkStatement, help);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.addClassName("editor-toolbar");
        toolbar.setWidthFull();
        toolbar.setFlexGrow(1, search);
        var links = new Div(exportLinks, terminologyReport);
        links.addClassName("editor-links");
        var strip = new Div(progress, links);
        strip.addClassName("editor-strip");

        grid.asSingleSelect().addValueChangeListener(e -> {
            if (!moving && e.isFromClient() && e.getValue() != null) {
                openSegment(e.getValue(), indexOf(e.getValue()));
            }
        });

        var side = new Div(languageCheck.panel, terminology.panel);
        side.addClassName("edit-side");
        var editColumn = new Div(presenceNote, editPane);
        editColumn.addClassName("edit-column");
        var editArea = new HorizontalLayout(editColumn, side);
        editArea.addClassName("edit-area");
        editArea.setSizeFull();
        editArea.setFlexGrow(1, editColumn);
        split.addToPrimary(grid);
        split.addToSecondary(editArea);
        split.addClassName("editor-split");
        split.setSizeFull();
        split.setSplitterPosition(SplitterPosition.DEFAULT);
        split.addSplitterDragEndListener(e -> SplitterPosition.remember(split));
        add(toolbar, strip, split);
        setFlexGrow(1, split);

        language.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                exportLinks.setLanguage(e.getValue());
            }
            if (e.getValue() != null && editPane.keepUnsavedAsDraft()) {
                showColumns();
                reloadRows();
            }
        });
        allLanguages.addValueChangeListener(e -> {
            showColumns();
            keepCurrentInView();
        });
        statusFilter.addValueChangeListener(e -> refreshGrid());
        search.addValueChangeListener(e -> refreshGrid());
        jump.addKeyDownListener(Key.ENTER, e -> jumpTo(jump.getValue()));
        Shortcuts.addShortcutListener(this, () -> moveBy(1), Key.ARROW_DOWN, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> moveBy(-1), Key.ARROW_UP, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> new ShortcutsDialog().open(), Key.F1);
        Shortcuts.addShortcutListener(this, () -> jump.focus(), Key.KEY_G, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, this::showHistory, Key.KEY_H, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, this::proposeTerm, Key.KEY_T, KeyModifier.ALT);
    }

    @Override
    public void setParameter(BeforeEvent event, Long statementId) {
        statement = statements.find(statementId).orElse(null);
        if (statement == null) {
            add(new Span("No such statement."));
            return;
        }
        terminologyReport.setHref("statement/" + statementId + "/terminology");
        exportLinks.setStatement(statementId);
        List<UnLanguage> targets = statement.targetLanguages();
        language.setItems(targets);
        UnLanguage preferred = users.currentUser()
                .map(UserAccount::languages)
                .flatMap(mine -> targets.stream().filter(mine::contains).findFirst())
                .orElse(targets.isEmpty() ? UnLanguage.FR : targets.getFirst());
        String requested = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("lang")
                .orElse("");
        language.setValue(
                UnLanguage.fromTag(requested).filter(targets::contains).orElse(preferred));
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("segment")
                .flatMap(EditorView::number)
                .ifPresent(this::jumpTo);
    }

    /** Leaving the editor (a menu link, another statement, the back button) keeps unsaved text as a draft, or asks. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        var postponed = new AtomicReference<BeforeLeaveEvent.ContinueNavigationAction>();
        if (!editPane.keepUnsavedBeforeLeaving(() -> postponed.get().proceed())) {
            postponed.set(event.postpone());
        }
    }

    private static Optional<Integer> number(String text) {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return (statement == null ? "Editor" : statement.title()) + " | Statement Workbench";
    }

    private SegmentQuery query() {
        return new SegmentQuery(statusFilter.getValue(), search.getValue());
    }

    private UnLanguage target() {
        UnLanguage l = language.getValue();
        return l == null ? UnLanguage.FR : l;
    }

    /** The grid's columns for the chosen target, or for every target language; the rows stay as they are. */
    private void showColumns() {
        StatementSummary s = statement;
        if (s != null) {
            grid.showColumns(
                    s.sourceLanguage(),
                    s.targetLanguages(),
                    target(),
                    allLanguages.getValue(),
                    new SegmentGrid.Marks() {
                        @Override
                        public int languageIssues(long segmentId, UnLanguage l) {
                            return languageIssues
                                    .getOrDefault(segmentId, Map.of())
                                    .getOrDefault(l, 0);
                        }

                        @Override
                        public List<EditorPresence> others(long segmentId) {
                            return others.on(segmentId);
                        }
                    });
        }
    }

    /**
     * Loads the rows for the chosen target (its statuses filter them) and opens the segment that was open, or
     * the first one if the filters leave that one out.
     */
    private void reloadRows() {
        StatementSummary s = statement;
        if (s == null) {
            return;
        }
        long id = s.id();
        grid.setRows(
                (offset, limit) -> translations.rowsInAllLanguages(id, target(), query(), offset, limit),
                () -> translations.count(id, target(), query()));
        refreshProgress();
        MultiLanguageRow open = editPane.row();
        currentIndex = open == null ? -1 : translations.positionOf(id, target(), query(), open.number());
        List<MultiLanguageRow> there =
                currentIndex < 0 ? List.of() : translations.rowsInAllLanguages(id, target(), query(), currentIndex, 1);
        if (open != null && !there.isEmpty() && there.getFirst().number() == open.number()) {
            openSegment(there.getFirst(), currentIndex);
        } else {
            currentIndex = -1;
            moveBy(1);
        }
    }

    /** Selects the open segment's row again and scrolls it into view (after the columns changed). */
    private void keepCurrentInView() {
        MultiLanguageRow open = editPane.row();
        if (open != null && currentIndex >= 0) {
            moving = true;
            try {
                grid.select(open);
                grid.scrollToIndex(currentIndex);
                // once more after the browser drew the new columns: rows change height with them
                grid.getElement()
                        .executeJs(
                                "requestAnimationFrame(() => requestAnimationFrame(() => " + "this.scrollToIndex($0)))",
                                currentIndex);
            } finally {
                moving = false;
            }
        }
    }

    private void refreshGrid() {
        if (editPane.keepUnsavedAsDraft()) {
            grid.getDataProvider().refreshAll();
            currentIndex = -1;
            moveBy(1);
        }
    }

    private void refreshProgress() {
        StatementSummary s = statement;
        progress.removeAll();
        if (s == null) {
            return;
        }
        progress.show(translations.progress(s.id()), target());
    }

    private int indexOf(MultiLanguageRow row) {
        StatementSummary s = statement;
        return s == null ? -1 : translations.positionOf(s.id(), target(), query(), row.number());
    }

    /** Goes {@code delta} segments forward or back in the (filtered) list. */
    @Override
    public void moveBy(int delta) {
        StatementSummary s = statement;
        if (s == null || !editPane.keepUnsavedAsDraft()) {
            return;
        }
        int count = translations.count(s.id(), target(), query());
        int next = Math.max(0, Math.min(count - 1, currentIndex + delta));
        if (count == 0) {
            editPane.show(null, s.sourceLanguage(), target());
            terminology.show(s.sourceLanguage(), target());
            languageCheck.show(null);
            others.leave();
            presenceNote.show(List.of(), target());
            return;
        }
        List<MultiLanguageRow> one = translations.rowsInAllLanguages(s.id(), target(), query(), next, 1);
        if (!one.isEmpty()) {
            openSegment(one.getFirst(), next);
        }
    }

    private void openSegment(MultiLanguageRow row, int index) {
        StatementSummary s = statement;
        if (s == null
                || (editPane.row() != null
                        && editPane.row().segmentId() != row.segmentId()
                        && !editPane.keepUnsavedAsDraft())) {
            return;
        }
        currentIndex = index;
        moving = true;
        try {
            grid.select(row);
            if (index >= 0) {
                grid.scrollToIndex(index);
            }
        } finally {
            moving = false;
        }
        editPane.show(row, s.sourceLanguage(), target());
        terminology.show(s.sourceLanguage(), target());
        languageCheck.show(
                new SegmentLanguageCheck.Target(s.id(), row.segmentId(), row.number(), target(), editPane.canEdit()));
        others.open(s.id(), row.segmentId(), target());
        presenceNote.show(others.on(row.segmentId()), target());
        editPane.focusTarget();
    }

    /** Opens the statement check dialog, preset to the person's working languages (all targets if none). */
    private void openStatementCheck() {
        StatementSummary s = statement;
        if (s == null) {
            return;
        }
        Set<UnLanguage> mine = users.currentUser().map(UserAccount::languages).orElse(Set.of());
        List<UnLanguage> preset =
                s.targetLanguages().stream().filter(mine::contains).toList();
        new StatementCheckDialog(
                        s,
                        preset.isEmpty() ? s.targetLanguages() : preset,
                        translations,
                        languageRules,
                        checks,
                        statementCheckReader,
                        this::statementChecked,
                        this::showSegment)
                .open();
    }

    private void statementChecked(StatementLanguageCheck.Summary summary) {
        for (StatementLanguageCheck.LanguageTotals t : summary.languages()) {
            if (!summary.cancelled()) {
                languageIssues.values().forEach(byLanguage -> byLanguage.remove(t.language()));
            }
        }
        for (StatementLanguageCheck.Flagged f : summary.flagged()) {
            languageIssues
                    .computeIfAbsent(f.segmentId(), id -> new EnumMap<>(UnLanguage.class))
                    .put(f.language(), f.matches());
        }
        grid.getDataProvider().refreshAll();
    }

    /** Opens segment {@code number} in {@code inLanguage} (from the statement check's list). */
    void showSegment(int number, UnLanguage inLanguage) {
        if (inLanguage != target()) {
            if (!editPane.keepUnsavedAsDraft()) {
                return;
            }
            language.setValue(inLanguage);
        }
        jumpTo(number);
    }

    private void jumpTo(@Nullable Integer number) {
        StatementSummary s = statement;
        if (number == null || s == null) {
            return;
        }
        if (number < 1 || number > s.segments()) {
            Notifications.error("This statement has segments 1 to " + s.segments() + ".");
            return;
        }
        statusFilter.clear();
        search.clear();
        currentIndex = number - 1;
        moveBy(0);
        jump.clear();
    }

    @Override
    public void saved(long segmentId) {
        languageCheck.saved();
        grid.getDataProvider().refreshAll();
        refreshProgress();
    }

    @Override
    public void showHistory() {
        MultiLanguageRow row = editPane.row();
        if (row == null) {
            return;
        }
        List<Revision> revisions = translations.history(row.segmentId(), target());
        new HistoryDialog(row.number(), target(), revisions, editPane.canEdit(), revision -> {
                    try {
                        translations.restore(
                                row.segmentId(),
                                target(),
                                revision.id(),
                                editPane.savedState().version());
                        Notifications.success("Revision #" + revision.number() + " restored as a draft.");
                        reopenCurrent();
                    } catch (RuntimeException e) {
                        Notifications.error(e.getMessage() == null ? "Not restored." : e.getMessage());
                    }
                })
                .open();
    }

    /** Opens the term proposal dialog for the selection in the current segment. */
    @Override
    public void proposeTerm() {
        StatementSummary s = statement;
        if (s != null) {
            editPane.proposalFromSelection(s.id())
                    .ifPresent(
                            draft -> new ProposeTermDialog(glossary, proposals, draft, editPane::focusTarget).open());
        }
    }

    @Override
    public void split(MultiLanguageRow row, String sourceWithLineBreak) {
        structureActions.split(row, sourceWithLineBreak, this::afterStructureChange);
    }

    @Override
    public void mergeWithNext(MultiLanguageRow row) {
        structureActions.mergeWithNext(row, this::afterStructureChange);
    }

    @Override
    public StructureRights structureRights(long segmentId) {
        return structureActions.rights(segmentId);
    }

    private void afterStructureChange() {
        StatementSummary s = statement;
        if (s != null) {
            statement = statements.find(s.id()).orElse(s);
        }
        reopenCurrent();
    }

    private void reopenCurrent() {
        grid.getDataProvider().refreshAll();
        refreshProgress();
        moveBy(0);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        others.listen(this, this::othersMoved);
        SplitterPosition.restore(split);
        StatementSummary shown = statement;
        MultiLanguageRow open = editPane.row();
        if (shown != null && open != null) {
            others.open(shown.id(), open.segmentId(), target());
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        others.close();
    }

    /** Someone arrived at or left these segments: redraw their rows, and the note if the open one is among them. */
    private void othersMoved(Set<Long> segmentIds) {
        grid.redraw(segmentIds);
        MultiLanguageRow open = editPane.row();
        if (open != null && segmentIds.contains(open.segmentId())) {
            presenceNote.show(others.on(open.segmentId()), target());
        }
    }

    private void onStructureChangedElsewhere(StatementStructureChanged event) {
        StatementSummary s = statement;
        if (s != null && event.statementId() == s.id() && !editPane.hasUnsavedChanges()) {
            afterStructureChange();
        }
    }

    private void onSavedElsewhere(TranslationSaved event) {
        StatementSummary s = statement;
        if (s == null || event.statementId() != s.id()) {
            return;
        }
        editPane.savedElsewhere(event.segmentId(), event.language(), event.state());
        grid.getDataProvider().refreshAll();
        refreshProgress();
    }
}
