package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.comment.Comment;
import org.statementworkbench.comment.CommentThread;
import org.statementworkbench.comment.ThreadMove;

/**
 * One comment thread in the comments panel: its comments (text shown as text, never as markup), Reply (a text
 * area, Ctrl+Enter posts) while it is open, and Resolve or Reopen for the thread's author and reviewers. A thread a
 * merge brought here says from which segment.
 */
class CommentThreadCard extends Div {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    /** What the card asks the panel to do. */
    interface Actions {
        /** Posts {@code text} as a reply in {@code thread}; false when refused (the text then stays). */
        boolean reply(CommentThread thread, String text);

        void resolve(CommentThread thread, boolean resolved);

        /** Corrects the text of one's own comment; false when refused (the text then stays). */
        boolean correct(Comment comment, String text);
    }

    final CommentThread thread;
    final List<Paragraph> texts = new ArrayList<>();
    final Button reply = new Button("Reply");
    final Button resolve;
    final TextArea replyText = new TextArea();
    /** Where a merge moved the thread from, when it did. */
    final @Nullable Span movedFrom;

    final Button postReply = new Button("Post reply");
    /** The Edit buttons of the signed-in person's own comments, while the thread is open. */
    final List<Button> edits = new ArrayList<>();
    /** The text area and Save button of the comment being corrected, if any. */
    @Nullable
    TextArea editText;

    @Nullable
    Button saveEdit;

    private final String me;
    private final Actions actions;

    CommentThreadCard(CommentThread thread, String me, boolean mayResolve, Actions actions) {
        this.thread = thread;
        this.me = me;
        this.actions = actions;
        addClassName("comment-thread");
        var scope = new Span(
                thread.language() == null ? "All languages" : thread.language().englishName());
        scope.addClassName("comment-scope");
        add(scope);
        if (thread.movedFrom() != null) {
            ThreadMove move = thread.movedFrom();
            movedFrom = new Span(move.note() + ", " + WHEN.format(move.at()));
            movedFrom.addClassName("comment-moved");
            add(movedFrom);
        } else {
            movedFrom = null;
        }
        add(comment(thread.first()));
        thread.replies().forEach(r -> add(comment(r)));
        resolve = new Button(thread.open() ? "Resolve" : "Reopen", e -> actions.resolve(thread, thread.open()));
        resolve.setVisible(mayResolve);
        reply.setVisible(thread.open());
        replyText.setVisible(false);
        postReply.setVisible(false);
        replyText.setMaxLength(Comment.MAX_LENGTH);
        replyText.setWidthFull();
        replyText.setAriaLabel("Reply");
        replyText.setPlaceholder("Reply (Ctrl+Enter posts)");
        reply.addClickListener(e -> {
            replyText.setVisible(true);
            postReply.setVisible(true);
            replyText.focus();
        });
        Runnable post = () -> {
            if (actions.reply(thread, replyText.getValue())) {
                replyText.clear();
            }
        };
        postReply.addClickListener(e -> post.run());
        Shortcuts.addShortcutListener(replyText, post::run, Key.ENTER, KeyModifier.CONTROL)
                .listenOn(replyText)
                .resetFocusOnActiveElement();
        for (Button b : List.of(reply, resolve, postReply)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        if (!thread.open()) {
            addClassName("resolved");
            var resolved = new Span("Resolved by " + thread.resolvedBy());
            resolved.addClassName("comment-resolved");
            add(resolved);
        }
        var buttons = new Div(reply, resolve);
        buttons.addClassName("comment-actions");
        add(replyText, postReply, buttons);
    }

    private Div comment(Comment c) {
        var who = new Span(c.author() + " · " + WHEN.format(c.createdAt()) + (c.editedAt() == null ? "" : " (edited)"));
        who.addClassName("comment-meta");
        var text = new Paragraph();
        text.setText(c.text());
        text.addClassName("comment-text");
        text.getElement().setAttribute("dir", "auto");
        texts.add(text);
        var item = new Div(who, text);
        item.addClassName("comment");
        if (c.author().equals(me) && thread.open()) {
            var edit = new Button("Edit");
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            edit.addClickListener(e -> {
                edit.setVisible(false);
                item.replace(text, editor(c));
            });
            edits.add(edit);
            item.add(edit);
        }
        return item;
    }

    /** A text area with the comment's text; Save or Ctrl+Enter corrects it. */
    private Div editor(Comment c) {
        var area = new TextArea();
        area.setMaxLength(Comment.MAX_LENGTH);
        area.setWidthFull();
        area.setAriaLabel("Correct your comment");
        area.getElement().setAttribute("dir", "auto");
        area.setValue(c.text());
        var save = new Button("Save", e -> actions.correct(c, area.getValue()));
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Shortcuts.addShortcutListener(area, () -> actions.correct(c, area.getValue()), Key.ENTER, KeyModifier.CONTROL)
                .listenOn(area)
                .resetFocusOnActiveElement();
        area.focus();
        editText = area;
        saveEdit = save;
        var box = new Div(area, save);
        box.addClassName("comment-edit");
        return box;
    }
}
