package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.editor.IssueIgnore;

/**
 * Every issue of the current segment in one list, grouped by family (Terminology, Numbers, Symbols, Punctuation,
 * Spaces, Text, Markers, Language) with severity icons and counts. A click on a message selects its words in the
 * editor (a LanguageTool issue opens its match, with suggestions to apply); "Ignore…" asks for a reason. Ignored issues follow, greyed, with the reason and who ignored them;
 * reviewers can show them again.
 */
@CssImport("./styles/issues.css")
class SegmentIssuesPanel extends Details {

    /** What the panel's buttons do. */
    interface Actions {
        void select(ShownIssue issue);

        /** A click or Enter on an issue: selects its words, or opens a LanguageTool match's popover. */
        void open(ShownIssue issue);

        void ignore(ShownIssue issue);

        void unignore(IssueIgnore ignore);
    }

    final Span summaryText = new Span("Issues");
    /** What another panel part says above the list (where the LanguageTool check of the segment stands). */
    final Div status = new Div();

    final Div groups = new Div();
    final UnorderedList ignoredList = new UnorderedList();
    /** The open issues' list items, in the panel's order (for tests). */
    final List<ListItem> items = new ArrayList<>();

    private final Actions actions;

    SegmentIssuesPanel(Actions actions) {
        this.actions = actions;
        addClassName("segment-issues-panel");
        setSummary(summaryText);
        setOpened(true);
        groups.addClassName("issue-groups");
        ignoredList.addClassName("issues-ignored");
        status.addClassName("issues-status");
        add(status, groups, ignoredList);
    }

    /** Shows {@code component} above the list (where LanguageTool stands on this segment). */
    void addStatus(Component component) {
        status.add(component);
    }

    /** Shows the issues in their order; {@code canIgnore}: the person edits this language, {@code canReview}. */
    void show(List<ShownIssue> issues, boolean canIgnore, boolean canReview) {
        groups.removeAll();
        ignoredList.removeAll();
        items.clear();
        Map<IssueFamily, List<ShownIssue>> byFamily = new EnumMap<>(IssueFamily.class);
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        List<ShownIssue> ignored = new ArrayList<>();
        for (ShownIssue i : issues) {
            if (i.isIgnored()) {
                ignored.add(i);
            } else {
                byFamily.computeIfAbsent(i.family(), f -> new ArrayList<>()).add(i);
                counts.merge(i.issue().severity(), 1, Integer::sum);
            }
        }
        byFamily.forEach((family, found) -> groups.add(group(family, found, canIgnore)));
        for (ShownIssue i : ignored) {
            ignoredList.add(ignoredItem(i, canReview));
        }
        ignoredList.setVisible(!ignored.isEmpty());
        if (byFamily.isEmpty()) {
            var none = new Span("No issues found.");
            none.addClassName("issues-none");
            groups.add(none);
        }
        summaryText.setText(summary(counts, ignored.size()));
    }

    private static String summary(Map<Severity, Integer> counts, int ignored) {
        var text = new StringBuilder("Issues");
        if (counts.isEmpty()) {
            text.append(" · none");
        }
        counts.forEach((severity, n) ->
                text.append(" · ").append(n).append(' ').append(n == 1 ? severity.label() : plural(severity)));
        if (ignored > 0) {
            text.append(" · ").append(ignored).append(" ignored");
        }
        return text.toString();
    }

    private static String plural(Severity severity) {
        return severity == Severity.INFO ? "notes" : severity.label() + "s";
    }

    private Div group(IssueFamily family, List<ShownIssue> found, boolean canIgnore) {
        var head = new Div(family.label() + " (" + found.size() + ")");
        head.addClassName("issue-group-head");
        var list = new UnorderedList();
        list.addClassName("issue-list");
        for (ShownIssue i : found) {
            var message = TerminologyPanel.isolateQuoted(i.issue().message());
            message.addClassName("issue-message");
            message.getElement().setAttribute("tabindex", "0");
            message.getElement().setAttribute("title", i.issue().check().toString());
            message.addClickListener(e -> actions.open(i));
            message.getElement()
                    .addEventListener("keydown", e -> actions.open(i))
                    .setFilter("event.key === 'Enter'");
            var item = new ListItem(icon(i.issue().severity()), message);
            item.addClassName("issue");
            item.addClassName("severity-" + i.issue().severity().label());
            if (canIgnore) {
                var ignore = new Button("Ignore…", e -> actions.ignore(i));
                ignore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
                ignore.addClassName("issue-ignore");
                ignore.setTooltipText("Ignore this issue here, with a reason reviewers will see");
                item.add(ignore);
            }
            items.add(item);
            list.add(item);
        }
        var group = new Div(head, list);
        group.addClassName("issue-group");
        return group;
    }

    private ListItem ignoredItem(ShownIssue i, boolean canReview) {
        IssueIgnore ignore = i.ignored();
        var message = new Span(i.family().label() + ": " + i.issue().message());
        message.addClassName("issue-message");
        var item = new ListItem(icon(i.issue().severity()), message);
        item.addClassName("issue");
        item.addClassName("issue-ignored");
        if (ignore != null) {
            var why = new Span("Ignored by " + ignore.ignoredBy() + ": " + ignore.reason());
            why.addClassName("issue-ignore-reason");
            item.add(why);
            if (canReview) {
                var again = new Button("Show again", e -> actions.unignore(ignore));
                again.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
                again.addClassName("issue-unignore");
                item.add(again);
            }
        }
        return item;
    }

    private static Icon icon(Severity severity) {
        Icon icon = switch (severity) {
            case ERROR -> VaadinIcon.CLOSE_CIRCLE.create();
            case WARNING -> VaadinIcon.WARNING.create();
            case INFO -> VaadinIcon.INFO_CIRCLE.create();
        };
        icon.addClassName("issue-icon");
        icon.getElement().setAttribute("aria-label", severity.label());
        icon.getElement().setAttribute("role", "img");
        return icon;
    }
}
