package org.statementworkbench.comment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.statementworkbench.comment.NotificationEntry;

/** One notification: who commented where and when, the comment's text (as text, never markup), and Open. */
class NotificationCard extends Div {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    final NotificationEntry entry;
    final Paragraph text = new Paragraph();
    final Button open = new Button("Open");

    NotificationCard(NotificationEntry entry, Consumer<NotificationEntry> opener) {
        this.entry = entry;
        addClassName("notification-card");
        if (entry.unread()) {
            addClassName("unread");
        }
        var who = new Span(entry.author() + " " + entry.reason().label());
        who.addClassName("notification-who");
        var when = new Span(WHEN.format(entry.createdAt()));
        when.addClassName("notification-when");
        var where = new Span(where(entry));
        where.addClassName("notification-where");
        text.setText(entry.text());
        text.addClassName("notification-text");
        text.getElement().setAttribute("dir", "auto");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.setAriaLabel("Open segment " + entry.segmentNumber() + " of " + entry.statementTitle());
        open.addClickListener(e -> opener.accept(entry));
        var head = new Div(who, when);
        head.addClassName("notification-head");
        add(head, where, text, open);
    }

    static String where(NotificationEntry e) {
        return e.statementTitle() + " · segment " + e.segmentNumber() + " · "
                + (e.language() == null ? "all languages" : e.language().englishName());
    }

    /** The editor's path for the comment's statement. */
    static String editorPath(NotificationEntry e) {
        return "statement/" + e.statementId();
    }

    /** The comment's segment, in its language (the person's default for all-language comments). */
    static QueryParameters editorQuery(NotificationEntry e) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("segment", Integer.toString(e.segmentNumber()));
        if (e.language() != null) {
            query.put("lang", e.language().code());
        }
        return QueryParameters.simple(query);
    }
}
