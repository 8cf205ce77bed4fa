package org.statementworkbench.editor.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.Notifications;
import org.statementworkbench.base.ui.UiBroadcaster.Echo;
import org.statementworkbench.base.ui.UiBroadcasts;
import org.statementworkbench.comment.Comment;
import org.statementworkbench.comment.CommentAdded;
import org.statementworkbench.comment.CommentService;
import org.statementworkbench.comment.CommentThread;
import org.statementworkbench.comment.CommentsChanged;
import org.statementworkbench.comment.NewComment;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.StatementSummary;

/**
 * The comment threads of the open segment, for its language and for all languages, beside the edit pane: reply,
 * resolve, and a new comment for this language or all (Ctrl+Enter posts; {@code @username} notifies someone).
 * Unposted text is kept per segment while the editor is open; others' comments arrive through push. Collapsible.
 */
@CssImport("./styles/comments.css")
class SegmentComments extends Details implements SegmentPanes.Follower, CommentThreadCard.Actions {

    enum Scope {
        THIS_LANGUAGE,
        ALL_LANGUAGES
    }

    final Span summaryText = new Span("Comments");
    final Div threads = new Div();
    final TextArea draft = new TextArea();
    final RadioButtonGroup<Scope> scope = new RadioButtonGroup<>();
    final Button post = new Button("Comment");
    final List<CommentThreadCard> cards = new ArrayList<>();
    final CommentsCsvLink csv;

    private final CommentService comments;
    private final String me;
    private final boolean reviewer;
    private final Map<Long, String> drafts = new HashMap<>();
    private @Nullable Long segmentId;
    private UnLanguage language = UnLanguage.FR;

    SegmentComments(CommentService comments, UiBroadcasts broadcasts, String me, boolean reviewer) {
        this.comments = comments;
        this.me = me;
        this.reviewer = reviewer;
        this.csv = new CommentsCsvLink(comments);
        addClassName("comments-panel");
        setSummary(summaryText);
        setOpened(true);
        threads.addClassName("comment-threads");
        draft.setMaxLength(Comment.MAX_LENGTH);
        draft.setWidthFull();
        draft.setAriaLabel("New comment");
        draft.getElement().setAttribute("dir", "auto");
        draft.setPlaceholder("Comment on this segment; @username notifies someone (Ctrl+Enter posts)");
        scope.setItems(Scope.values());
        scope.setValue(Scope.THIS_LANGUAGE);
        scope.setItemLabelGenerator(this::label);
        post.addClickListener(e -> post());
        Shortcuts.addShortcutListener(draft, this::post, Key.ENTER, KeyModifier.CONTROL)
                .listenOn(draft)
                .resetFocusOnActiveElement();
        var form = new Div(draft, scope, post);
        form.addClassName("comment-form");
        add(threads, form);
        broadcasts.register(CommentAdded.class, this, Echo.SKIP, e -> reloadIfShown(e.segmentId()));
        broadcasts.register(CommentsChanged.class, this, Echo.SKIP, e -> reloadIfShown(e.segmentId()));
        openNothing();
    }

    /**
     * The panel for the signed-in person, following the segments {@code panes} open, with its CSV download among
     * {@code exports}.
     */
    static SegmentComments of(
            CommentService comments, UiBroadcasts broadcasts, UserService users, SegmentPanes panes, Div exports) {
        var me = users.currentUser();
        var panel = new SegmentComments(
                comments,
                broadcasts,
                me.map(UserAccount::username).orElse(""),
                me.map(u -> u.hasRole(Role.REVIEWER) || u.hasRole(Role.ADMIN)).orElse(false));
        panes.follow(panel);
        exports.add(panel.csv.anchor);
        return panel;
    }

    private String label(Scope s) {
        return s == Scope.THIS_LANGUAGE ? language.englishName() + " only" : "All languages";
    }

    @Override
    public void open(StatementSummary statement, MultiLanguageRow row, UnLanguage language) {
        keepDraft();
        this.segmentId = row.segmentId();
        this.language = language;
        scope.setItemLabelGenerator(this::label);
        csv.setStatement(statement.id());
        draft.setValue(drafts.getOrDefault(row.segmentId(), ""));
        setEnabled(true);
        reload();
    }

    @Override
    public void openNothing() {
        keepDraft();
        segmentId = null;
        threads.removeAll();
        cards.clear();
        summaryText.setText("Comments");
        setEnabled(false);
    }

    private void keepDraft() {
        Long shown = segmentId;
        if (shown != null) {
            if (draft.getValue().isBlank()) {
                drafts.remove(shown);
            } else {
                drafts.put(shown, draft.getValue());
            }
        }
    }

    void reload() {
        Long shown = segmentId;
        threads.removeAll();
        cards.clear();
        if (shown == null) {
            return;
        }
        List<CommentThread> found = comments.threads(shown, language);
        for (CommentThread t : found) {
            var card =
                    new CommentThreadCard(t, me, reviewer || t.first().author().equals(me), this);
            cards.add(card);
            threads.add(card);
        }
        long open = found.stream().filter(CommentThread::open).count();
        summaryText.setText(open == 0 ? "Comments" : "Comments (" + open + " open)");
    }

    private void reloadIfShown(long changedSegment) {
        Long shown = segmentId;
        if (shown != null && shown == changedSegment) {
            reload();
        }
    }

    void post() {
        Long shown = segmentId;
        if (shown == null || draft.getValue().isBlank()) {
            return;
        }
        UnLanguage about = scope.getValue() == Scope.ALL_LANGUAGES ? null : language;
        if (attempt(() -> comments.add(NewComment.thread(shown, about, draft.getValue())))) {
            draft.clear();
            drafts.remove(shown);
            reload();
        }
    }

    @Override
    public boolean reply(CommentThread thread, String text) {
        Long shown = segmentId;
        if (shown == null || text.isBlank()) {
            return false;
        }
        boolean done = attempt(() -> comments.add(NewComment.reply(shown, thread.id(), text)));
        if (done) {
            reload();
        }
        return done;
    }

    @Override
    public void resolve(CommentThread thread, boolean resolved) {
        if (attempt(() -> comments.resolve(thread.id(), resolved))) {
            reload();
        }
    }

    @Override
    public boolean correct(Comment comment, String text) {
        boolean done = attempt(() -> comments.correct(comment.id(), text));
        if (done) {
            reload();
        }
        return done;
    }

    /** Runs a change; a refusal is shown as an error and changes nothing (typed text stays). */
    private static boolean attempt(Runnable change) {
        try {
            change.run();
            return true;
        } catch (IllegalArgumentException | IllegalStateException | AccessDeniedException e) {
            Notifications.error(e.getMessage() == null ? "The comment could not be saved." : e.getMessage());
            return false;
        }
    }
}
