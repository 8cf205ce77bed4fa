package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.editor.EditorPresence;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.SegmentText;
import org.statementworkbench.statement.TranslationState;

/**
 * The segments of a statement beside their translations, loaded lazily: bold and italic shown as formatting
 * (the text is always data, never markup), each shown language's status, the language issues and the badge of the
 * quality checks' errors and warnings of the chosen target, and who else has each segment open.
 */
@Uses(Avatar.class)
@CssImport("./styles/qa.css")
class SegmentGrid extends Grid<MultiLanguageRow> {

    /** What the grid shows beside the rows' own data. */
    interface Marks {
        /** LanguageTool matches in this segment's translation into {@code language}; 0 if none or unknown. */
        int languageIssues(long segmentId, UnLanguage language);

        /** The other people's editors that have this segment open. */
        List<EditorPresence> others(long segmentId);
    }

    /** Rows fetched lately, by segment id, so that one row can be redrawn without fetching the page again. */
    private static final int LOADED_ROWS = 500;

    /** Renders the formatting runs of {@code item.runs} as text, bold and italic (Lit escapes every text). */
    private static final String RUNS = "${item.runs.map(r => r.bold ? (r.italic ? html`<b><i>${r.text}</i></b>` "
            + ": html`<b>${r.text}</b>`) : (r.italic ? html`<i>${r.text}</i>` : r.text))}";

    private final Map<Long, MultiLanguageRow> loaded = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, MultiLanguageRow> eldest) {
            return size() > LOADED_ROWS;
        }
    };

    /** Rows fetched per request while scrolling. */
    static final int PAGE = 50;

    /** The badge of a segment translation's quality-check issues; none until set. */
    private QaMarks qaMarks = (row, language) -> QaBadge.NONE;

    /** The quality checks' errors and warnings of a segment translation, for its badge. */
    interface QaMarks {
        QaBadge badge(MultiLanguageRow row, UnLanguage language);
    }

    SegmentGrid() {
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setPageSize(PAGE);
        setSelectionMode(SelectionMode.SINGLE);
        addClassName("editor-grid");
    }

    /** Loads rows through {@code fetch} (offset, limit) and {@code count}; what they hold is never changed here. */
    void setRows(Fetch fetch, IntSupplier count) {
        loaded.clear();
        var rows = new CallbackDataProvider<MultiLanguageRow, Void>(
                q -> {
                    List<MultiLanguageRow> page = fetch.rows(q.getOffset(), q.getLimit());
                    page.forEach(r -> loaded.put(r.segmentId(), r));
                    return page.stream();
                },
                q -> count.getAsInt(),
                MultiLanguageRow::segmentId);
        setItems(rows);
    }

    /** Where the badges come from. */
    void setQaMarks(QaMarks marks) {
        this.qaMarks = marks;
    }

    /** Fetches one page of rows. */
    interface Fetch {
        List<MultiLanguageRow> rows(int offset, int limit);
    }

    /** Redraws these segments' rows if they are loaded (their presence or issue marks changed). */
    void redraw(Collection<Long> segmentIds) {
        for (Long id : segmentIds) {
            MultiLanguageRow row = loaded.get(id);
            if (row != null) {
                getDataProvider().refreshItem(row);
            }
        }
    }

    /**
     * Columns: number (with issue marks and who else is there), source, then the target or every target language
     * of {@code targets}, then the status of each shown target.
     */
    void showColumns(
            UnLanguage source, List<UnLanguage> targets, UnLanguage target, boolean allLanguages, Marks marks) {
        removeAllColumns();
        addColumn(LitRenderer.<MultiLanguageRow>of("<div class='segment-marks'><span class='segment-number'>"
                                + "${item.number}</span><span class='qa-mark ${item.qa.key}' ?hidden=${!item.qa.text} "
                                + "title='${item.qa.title}'>${item.qa.text}</span><span class='lt-mark' ?hidden=${!item.lt} "
                                + "title='${item.lt} language issue(s) in this translation'>${item.lt}</span>"
                                + "<span class='segment-presence' ?hidden=${item.others.length === 0}>${item.others.map(p => "
                                + "html`<vaadin-avatar theme='xsmall' .name=${p.name} .abbr=${p.abbr} .colorIndex=${p.color} "
                                + "title=${p.title} aria-label=${p.title}></vaadin-avatar>`)}</span></div>")
                        .withProperty("number", MultiLanguageRow::number)
                        .withProperty("qa", r -> qaMarks.badge(r, target))
                        .withProperty("lt", r -> {
                            int n = marks.languageIssues(r.segmentId(), target);
                            return n == 0 ? "" : String.valueOf(n);
                        })
                        .withProperty(
                                "others",
                                r -> marks.others(r.segmentId()).stream()
                                        .map(Visitor::of)
                                        .toList()))
                .setHeader("#")
                .setWidth("5.5em")
                .setFlexGrow(0)
                .setKey("number");
        addColumn(textRenderer(source, MultiLanguageRow::source))
                .setHeader(source.englishName() + " (source)")
                .setFlexGrow(1)
                .setKey("source");
        List<UnLanguage> shown = allLanguages ? targets : List.of(target);
        for (UnLanguage l : shown) {
            addColumn(textRenderer(l, r -> r.target(l).text()))
                    .setHeader(l.englishName())
                    .setFlexGrow(1)
                    .setKey(l.code());
        }
        if (allLanguages) {
            addColumn(LitRenderer.<MultiLanguageRow>of("<div class='statuses'>${item.statuses.map(s => html`<span "
                                    + "class='status status-${s.key}' title=${s.title}><span class='status-language'>${s.code}</span>"
                                    + " ${s.label}</span>`)}</div>")
                            .withProperty(
                                    "statuses",
                                    r -> shown.stream()
                                            .map(l -> StatusChip.of(l, r.target(l)))
                                            .toList()))
                    .setHeader("Status")
                    .setWidth("9.5em")
                    .setFlexGrow(0)
                    .setKey("status");
        } else {
            addColumn(LitRenderer.<MultiLanguageRow>of(
                                    "<span class='status status-${item.key}' title=${item.reason}>${item.label}</span>")
                            .withProperty("key", r -> statusKey(r.target(target)))
                            .withProperty("reason", r -> statusTitle(r.target(target)))
                            .withProperty("label", r -> statusLabel(r.target(target))))
                    .setHeader("Status (" + target.code() + ")")
                    .setWidth("8em")
                    .setFlexGrow(0)
                    .setKey("status");
        }
    }

    private static LitRenderer<MultiLanguageRow> textRenderer(
            UnLanguage l, ValueProvider<MultiLanguageRow, String> text) {
        return LitRenderer.<MultiLanguageRow>of("<div class='segment-text' lang='" + l.code() + "' dir='"
                        + (l.rightToLeft() ? "rtl" : "ltr") + "'>" + RUNS + "</div>")
                .withProperty("runs", r -> SegmentText.runs(text.apply(r)));
    }

    private static String statusKey(TranslationState state) {
        return state.status().name().toLowerCase(Locale.ROOT);
    }

    /** The status as the column shows it: a draft the memory filled says so, with the match's score. */
    static String statusLabel(TranslationState state) {
        return state.memoryScore() == null ? state.status().label() : "From memory " + state.memoryScore() + "%";
    }

    private static String statusTitle(TranslationState state) {
        if (state.memoryScore() != null) {
            return "Draft filled from the translation memory (" + state.memoryScore() + "% match): edit or confirm it";
        }
        return Objects.requireNonNullElse(state.returnReason(), "");
    }

    /** Another person on a segment, as the number column draws them. Public: the renderer reads it reflectively. */
    public record Visitor(String name, String abbr, int color, String title) {
        static Visitor of(EditorPresence p) {
            return new Visitor(
                    p.fullName(),
                    PresenceAvatars.initials(p.fullName()),
                    PresenceAvatars.colorIndex(p.username()),
                    PresenceAvatars.title(p));
        }
    }

    /**
     * The badge of a segment translation's quality-check issues: the number of errors (red), else of warnings
     * (amber), with a tooltip naming the checks. Public: the renderer reads it reflectively.
     */
    public record QaBadge(String key, String text, String title) {
        static final QaBadge NONE = new QaBadge("", "", "");

        static QaBadge of(int errors, int warnings, List<Issue> issues) {
            if (errors + warnings == 0) {
                return NONE;
            }
            String checks = issues.stream()
                    .filter(i -> i.severity() != Severity.INFO)
                    .map(i -> i.check().toString())
                    .distinct()
                    .collect(Collectors.joining(", "));
            return new QaBadge(
                    errors > 0 ? "qa-error" : "qa-warning",
                    String.valueOf(errors > 0 ? errors : warnings),
                    errors
                            + (errors == 1 ? " error, " : " errors, ")
                            + warnings
                            + (warnings == 1 ? " warning: " : " warnings: ")
                            + checks);
        }
    }

    /** One language's status in the all-languages view. Public: the renderer reads it reflectively. */
    public record StatusChip(String code, String key, String label, String title) {
        static StatusChip of(UnLanguage language, TranslationState state) {
            return new StatusChip(
                    language.code(),
                    statusKey(state),
                    state.memoryScore() == null ? state.status().label() : state.memoryScore() + "%",
                    language.englishName() + ": " + statusLabel(state));
        }
    }
}
