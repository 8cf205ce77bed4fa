package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.Revision;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.WordDiff;

/**
 * Revisions of one target segment, newest first, each with a word diff against the one before, and the reason of a
 * reviewer's reopening or return.
 */
class HistoryDialog extends Dialog {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withLocale(Locale.UK)
            .withZone(ZoneId.systemDefault());

    final List<Button> restoreButtons = new java.util.ArrayList<>();

    /**
     * The history of {@code row} in {@code language}; restoring a revision saves it as a draft over the text the
     * edit pane last saved, and then {@code restored} runs.
     */
    static HistoryDialog ofSegment(
            TranslationService translations,
            MultiLanguageRow row,
            UnLanguage language,
            SegmentEditPane editPane,
            Runnable restored) {
        List<Revision> revisions = translations.history(row.segmentId(), language);
        return new HistoryDialog(row.number(), language, revisions, editPane.canEdit(), revision -> {
            try {
                translations.restore(
                        row.segmentId(),
                        language,
                        revision.id(),
                        editPane.savedState().version());
                Notifications.success("Revision #" + revision.number() + " restored as a draft.");
                restored.run();
            } catch (RuntimeException e) {
                Notifications.error(e.getMessage() == null ? "Not restored." : e.getMessage());
            }
        });
    }

    HistoryDialog(
            int segmentNumber,
            UnLanguage language,
            List<Revision> revisions,
            boolean canRestore,
            Consumer<Revision> restore) {
        setHeaderTitle("History of segment " + segmentNumber + " (" + language.englishName() + ")");
        setWidth("min(48rem, 95vw)");
        if (revisions.isEmpty()) {
            add(new Paragraph("Not saved yet."));
        }
        for (int i = 0; i < revisions.size(); i++) {
            Revision r = revisions.get(i);
            String before = i + 1 < revisions.size() ? revisions.get(i + 1).text() : "";
            var header = new Span("#" + r.number() + " · " + r.status().label() + " · " + r.changedBy() + " · "
                    + WHEN.format(r.changedAt())
                    + (r.restoredFrom() == null ? "" : " · restored from #" + r.restoredFrom())
                    + (r.memoryScore() == null ? "" : " · from memory " + r.memoryScore() + "%"));
            header.addClassName("revision-header");
            var text = diff(before, r.text());
            text.getElement().setAttribute("lang", language.code());
            text.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            var entry = new Div(header, text);
            if (r.overrideJustification() != null) {
                var override = new Paragraph("Approved over term errors: " + r.overrideJustification());
                override.addClassName("revision-override");
                entry.add(override);
            }
            if (r.action() != null && r.reason() != null) {
                var reason = new Paragraph(r.action().label() + ": " + r.reason());
                reason.addClassName("revision-reason");
                entry.add(reason);
            }
            entry.addClassName("revision");
            if (canRestore && i > 0) {
                var button = new Button("Restore #" + r.number(), e -> {
                    close();
                    restore.accept(r);
                });
                button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                restoreButtons.add(button);
                entry.add(button);
            }
            add(entry);
        }
        getFooter().add(new Button("Close", e -> close()));
    }

    static Div diff(String before, String after) {
        var div = new Div();
        div.addClassName("revision-text");
        for (WordDiff.Part part : WordDiff.between(before, after)) {
            var span = new Span(part.text());
            switch (part.kind()) {
                case ADDED -> span.addClassName("diff-added");
                case REMOVED -> span.addClassName("diff-removed");
                case SAME -> {}
            }
            div.add(span);
        }
        return div;
    }
}
