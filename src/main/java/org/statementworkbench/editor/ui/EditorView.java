package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.UiBroadcaster.Echo;
import org.statementworkbench.base.ui.UiBroadcasts;
import org.statementworkbench.comment.CommentService;
import org.statementworkbench.editor.CheckProfileChanged;
import org.statementworkbench.editor.CheckProfileService;
import org.statementworkbench.editor.IssueIgnoreService;
import org.statementworkbench.editor.PresenceChanged;
import org.statementworkbench.editor.SegmentChecks;
import org.statementworkbench.editor.SegmentPresence;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.TermProposalService;
import org.statementworkbench.languagecheck.LanguageCheckService;
import org.statementworkbench.languagecheck.LanguageRuleService;
import org.statementworkbench.memory.MemoryService;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.ReviewService;
import org.statementworkbench.statement.SegmentStructureService;
import org.statementworkbench.statement.StatementExportService;
import org.statementworkbench.statement.StatementService;
import org.statementworkbench.statement.StatementStructureChanged;
import org.statementworkbench.statement.StatementSummary;
import org.statementworkbench.statement.StructureRights;
import org.statementworkbench.statement.TranslationSaved;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.terminology.TerminologyIndex;

/**
 * The side-by-side editor: every segment of a statement beside its translation into the chosen language (or
 * into all target languages), loaded lazily; the current segment is edited in the pane below.
 */
@Route("statement")
@PermitAll
class EditorView extends VerticalLayout
        implements HasUrlParameter<Long>, HasDynamicTitle, BeforeLeaveObserver, SegmentEditPane.Host {

    final EditorToolbar toolbar = new EditorToolbar();
    final LanguageProgressLine progress = new LanguageProgressLine();
    final SegmentGrid grid = new SegmentGrid();
    final IssueFilterProgress issueProgress = new IssueFilterProgress();
    final Anchor terminologyReport = new Anchor("", "QA report");
    final SegmentEditPane editPane;
    final FourEyesToggle fourEyes;
    final SegmentTerminology terminology;
    final SegmentLanguageCheck languageCheck;
    final SegmentPanes panes;
    final SegmentComments comments;
    final SegmentMemory memory;
    final EditorSplit split;

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
    final LanguageIssueCounts languageIssues = new LanguageIssueCounts();
    private final SegmentNavigation navigation;
    final ReturnedSegments returned;
    final SegmentQa qa;
    private final CheckProfileService profiles;
    private final IssueIgnoreService ignores;
    private final MemoryDialogs memoryDialogs;
    final Button memoryAnalysis = new Button("Memory analysis");

    private @Nullable StatementSummary statement;

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
            StatementCheckReaderExecutor statementCheckReader,
            ReviewService review,
            IssueIgnoreService ignores,
            CommentService commentService,
            SegmentChecks segmentChecks,
            CheckProfileService profiles,
            IssueFilterExecutor issueFilterExecutor,
            MemoryDialogs memoryDialogs,
            MemoryService memoryService,
            MemoryLookupExecutor memoryLookups) {
        this.memoryDialogs = memoryDialogs;
        this.profiles = profiles;
        this.ignores = ignores;
        this.qa = new SegmentQa(segmentChecks, translations, toolbar::issueFilter, issueFilterExecutor);
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
        this.editPane = new SegmentEditPane(translations, review, this);
        this.fourEyes = new FourEyesToggle(review);
        this.panes = new SegmentPanes(
                editPane,
                broadcasts,
                users,
                glossary,
                terminologyIndex,
                checks,
                languageRules,
                others,
                ignores,
                this::target);
        this.terminology = panes.terminology;
        this.languageCheck = panes.languageCheck;
        languageCheck.onChecked(languageIssues::checked);
        this.comments = SegmentComments.of(commentService, broadcasts, users, panes, exportLinks);
        this.memory = SegmentMemory.of(memoryService, translations, memoryLookups, panes);
        editPane.afterConfirm(new SegmentRepetitions(translations, (id, state) -> {
            qa.saved(id, target(), state);
            grid.getDataProvider().refreshAll();
            refreshProgress();
        }));
        this.navigation = new SegmentNavigation(qa, grid, toolbar, () -> statement, panes);
        this.returned = new ReturnedSegments(this, translations, navigation, toolbar, () -> statement);
        grid.setQaMarks(qa::badge);
        qa.whenChecking(issueProgress, navigation::listArrived);
        new IssueJumps(this, panes.issues, navigation, terminologyIndex, ignores, () -> statement, this::target);
        // this editor shows its own saves, splits and merges itself: it hears only the others'
        broadcasts.register(TranslationSaved.class, this, Echo.SKIP, this::onSavedElsewhere);
        broadcasts.register(StatementStructureChanged.class, this, Echo.SKIP, this::onStructureChangedElsewhere);
        broadcasts.register(CheckProfileChanged.class, this, Echo.SKIP, this::onCheckProfileChangedElsewhere);
        setSizeFull();
        setPadding(false);
        addClassName("editor-view");
        toolbar.checkStatement.addClickListener(e -> openStatementCheck());
        // One row of what a translator uses while working, one slim row of progress, exports and reports: the
        // height goes to the segments and the edit pane (a 1366x768 laptop leaves about 625 px to the page).
        memoryAnalysis.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        memoryAnalysis.addClickListener(e -> openMemoryAnalysis());
        var links = new Div(exportLinks, terminologyReport, memoryAnalysis, fourEyes);
        links.addClassName("editor-links");
        var strip = new Div(progress, issueProgress, links);
        strip.addClassName("editor-strip");
        split = new EditorSplit(
                grid, panes.presenceNote, editPane, panes.issues.panel, memory.panel, terminology.panel, comments);
        add(toolbar, strip, split);
        setFlexGrow(1, split);

        toolbar.language.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                exportLinks.setLanguage(e.getValue());
            }
            if (e.getValue() != null && editPane.keepUnsavedAsDraft()) {
                showColumns();
                reloadRows();
            }
        });
        toolbar.allLanguages.addValueChangeListener(e -> {
            showColumns();
            navigation.keepCurrentInView();
        });
        toolbar.statusFilter.addValueChangeListener(e -> navigation.refreshGrid());
        toolbar.search.addValueChangeListener(e -> navigation.refreshGrid());
        toolbar.checkFamily.addValueChangeListener(e -> navigation.refreshGrid());
        toolbar.checkProfile.addClickListener(e -> openCheckProfile());
        toolbar.jump.addKeyDownListener(Key.ENTER, e -> navigation.jumpTo(toolbar.jump.getValue()));
        Shortcuts.addShortcutListener(this, () -> moveBy(1), Key.ARROW_DOWN, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> moveBy(-1), Key.ARROW_UP, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, () -> new ShortcutsDialog().open(), Key.F1);
        Shortcuts.addShortcutListener(this, () -> toolbar.jump.focus(), Key.KEY_G, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, this::showHistory, Key.KEY_H, KeyModifier.CONTROL);
        Shortcuts.addShortcutListener(this, this::proposeTerm, Key.KEY_T, KeyModifier.ALT);
        Shortcuts.addShortcutListener(this, this::openConcordance, Key.KEY_K, KeyModifier.CONTROL);
    }

    /** Concordance (Ctrl+K) for the text selected in the source, else in the target. */
    void openConcordance() {
        StatementSummary s = statement;
        if (s != null) {
            String selected = editPane.source.getSelectedText();
            memoryDialogs
                    .concordance(
                            SegmentEditor.plainText(selected.isBlank() ? editPane.target.getSelectedText() : selected),
                            s.sourceLanguage(),
                            target())
                    .open();
        }
    }

    /** The statement's memory analysis and pre-translation; filled targets redraw the list. */
    void openMemoryAnalysis() {
        StatementSummary s = statement;
        if (s != null) {
            memoryDialogs.analysis(s, target(), this::reopenCurrent).open();
        }
    }

    @Override
    public void setParameter(BeforeEvent event, Long statementId) {
        statement = statements.find(statementId).orElse(null);
        if (statement == null) {
            add(new Span("No such statement."));
            return;
        }
        terminologyReport.setHref("statement/" + statementId + "/terminology");
        qa.open(statement.sourceLanguage(), profiles.profile(statementId));
        exportLinks.setStatement(statementId);
        fourEyes.show(
                statementId,
                users.currentUser()
                        .map(u -> u.hasRole(Role.REVIEWER) || u.hasRole(Role.ADMIN))
                        .orElse(false));
        var query = event.getLocation().getQueryParameters();
        toolbar.offerLanguages(
                statement.targetLanguages(),
                users.currentUser().map(UserAccount::languages).orElse(Set.of()),
                query.getSingleParameter("lang").orElse(""));
        query.getSingleParameter("segment").ifPresentOrElse(navigation::jumpTo, returned::openFirstForTranslator);
    }

    /** Leaving the editor (a menu link, another statement, the back button) keeps unsaved text as a draft, or asks. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        var postponed = new AtomicReference<BeforeLeaveEvent.ContinueNavigationAction>();
        if (!editPane.keepUnsavedBeforeLeaving(() -> postponed.get().proceed())) {
            postponed.set(event.postpone());
        }
    }

    @Override
    public String getPageTitle() {
        return (statement == null ? "Editor" : statement.title()) + " | Statement Workbench";
    }

    private UnLanguage target() {
        return toolbar.target();
    }

    /** The grid's columns for the chosen target, or for every target language; the rows stay as they are. */
    private void showColumns() {
        StatementSummary s = statement;
        if (s != null) {
            grid.showColumns(
                    s.sourceLanguage(),
                    s.targetLanguages(),
                    target(),
                    toolbar.allLanguages.getValue(),
                    languageIssues.marks(others));
        }
    }

    private void reloadRows() {
        refreshProgress();
        navigation.reloadRows();
    }

    private void refreshProgress() {
        StatementSummary s = statement;
        progress.removeAll();
        if (s == null) {
            return;
        }
        var languages = translations.progress(s.id());
        progress.show(languages, target());
        toolbar.showReturned(languages);
    }

    @Override // Goes delta segments forward or back in the (filtered) list.
    public void moveBy(int delta) {
        navigation.moveBy(delta);
    }

    /** Opens the statement check dialog, preset to the person's working languages (all targets if none). */
    private void openStatementCheck() {
        StatementSummary s = statement;
        if (s == null) {
            return;
        }
        new StatementCheckDialog(
                        s,
                        users.currentUser().map(UserAccount::languages).orElse(Set.of()),
                        translations,
                        languageRules,
                        ignores,
                        checks,
                        statementCheckReader,
                        summary -> {
                            languageIssues.statementChecked(summary);
                            grid.getDataProvider().refreshAll();
                        },
                        this::showSegment)
                .open();
    }

    /** Opens the statement's check profile (reviewers and administrators change it); a saved one redraws the list. */
    private void openCheckProfile() {
        StatementSummary s = statement;
        if (s == null) {
            return;
        }
        boolean mayChange = users.currentUser()
                .map(u -> u.hasRole(Role.REVIEWER) || u.hasRole(Role.ADMIN))
                .orElse(false);
        new CheckProfileDialog(profiles, s.id(), mayChange, saved -> {
                    qa.open(s.sourceLanguage(), saved);
                    grid.getDataProvider().refreshAll();
                })
                .open();
    }

    /** Opens segment {@code number} in {@code inLanguage} (from the statement check's list). */
    void showSegment(int number, UnLanguage inLanguage) {
        if (inLanguage != target()) {
            if (!editPane.keepUnsavedAsDraft()) {
                return;
            }
            toolbar.language.setValue(inLanguage);
        }
        navigation.jumpTo(number);
    }

    @Override
    public void saved(long segmentId) {
        MultiLanguageRow row = editPane.row();
        if (row != null && row.segmentId() == segmentId) {
            qa.savedHere(row, target(), editPane.savedState());
        } else {
            qa.saved(segmentId, target(), editPane.savedState());
        }
        languageCheck.saved();
        grid.getDataProvider().refreshAll();
        refreshProgress();
    }

    @Override
    public void showHistory() {
        MultiLanguageRow row = editPane.row();
        if (row != null) {
            HistoryDialog.ofSegment(translations, row, target(), editPane, this::reopenCurrent)
                    .open();
        }
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
        qa.invalidate();
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
        qa.cancel();
    }

    /** Someone arrived at or left these segments: redraw their rows, and the note if the open one is among them. */
    private void othersMoved(Set<Long> segmentIds) {
        grid.redraw(segmentIds);
        panes.othersMoved(segmentIds);
    }

    private void onStructureChangedElsewhere(StatementStructureChanged event) {
        StatementSummary s = statement;
        if (s != null && event.statementId() == s.id() && !editPane.hasUnsavedChanges()) {
            afterStructureChange();
        }
    }

    /** A reviewer changed this statement's check profile elsewhere: badges and issue filters follow it. */
    private void onCheckProfileChangedElsewhere(CheckProfileChanged event) {
        StatementSummary s = statement;
        if (s != null && event.statementId() == s.id()) {
            qa.open(s.sourceLanguage(), profiles.profile(s.id()));
            grid.getDataProvider().refreshAll();
        }
    }

    private void onSavedElsewhere(TranslationSaved event) {
        StatementSummary s = statement;
        if (s == null || event.statementId() != s.id()) {
            return;
        }
        qa.saved(event.segmentId(), event.language(), event.state());
        editPane.savedElsewhere(event.segmentId(), event.language(), event.state());
        grid.getDataProvider().refreshAll();
        refreshProgress();
    }
}
