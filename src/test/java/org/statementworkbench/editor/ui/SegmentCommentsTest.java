package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.comment.Comment;
import org.statementworkbench.comment.CommentService;
import org.statementworkbench.comment.CommentedStatement;
import org.statementworkbench.comment.NewComment;
import org.statementworkbench.comment.NotificationService;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SegmentStructureService;

/** A translator discusses the open segment in the editor's comments panel. */
@SpringBootTest
class SegmentCommentsTest extends SignedInBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    NotificationService notifications;

    @Autowired
    CommentService comments;

    @Autowired
    SegmentStructureService structure;

    String translator = "";
    String reviewer = "";
    long statementId;

    @BeforeEach
    void statementAndPeople() {
        CommentedStatement thailand = CommentedStatement.create(data, "panel");
        translator = thailand.translator();
        reviewer = thailand.reviewer();
        statementId = thailand.statementId();
    }

    @Test
    void aPostedCommentShowsAsTextAndNotifiesTheOneMentioned() {
        EditorView view = navigate(EditorView.class, statementId);
        SegmentComments panel = view.comments;
        String hostile = "<img src=x onerror=alert(1)> <b>@" + reviewer + "</b> is this \"Monsieur le Président\"?";

        test(panel.draft).setValue(hostile);
        test(panel.post).click();

        assertThat(panel.draft.getValue()).isEmpty();
        assertThat(panel.cards).singleElement().satisfies(card -> {
            assertThat(card.texts).singleElement().satisfies(text -> {
                assertThat(text.getText()).isEqualTo(hostile);
                assertThat(text.getElement().getChildCount()).isEqualTo(1);
                assertThat(text.getElement().getChild(0).isTextNode())
                        .as("a text node, no markup")
                        .isTrue();
                assertThat(text.getElement().getProperty("innerHTML")).isNull();
            });
            assertThat(card.thread.language()).isEqualTo(UnLanguage.FR);
        });
        assertThat(panel.summaryText.getText()).isEqualTo("Comments (1 open)");
        TestSignIn.as(reviewer, Role.REVIEWER);
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }

    @Test
    void aThreadMovedByAMergeSaysWhichSegmentItCameFrom() {
        var rows = data.rows(statementId, UnLanguage.FR);
        Comment own = comments.add(NewComment.thread(rows.get(1).segmentId(), UnLanguage.FR, "\"S'engage à\"?"));
        Comment moved = comments.add(NewComment.thread(rows.get(2).segmentId(), null, "Closing as delivered?"));
        structure.mergeWithNext(rows.get(1).segmentId());

        EditorView view = navigate(EditorView.class, statementId);
        view.moveBy(1);
        SegmentComments panel = view.comments;

        assertThat(panel.cards).extracting(c -> c.thread.id()).containsExactly(own.id(), moved.id());
        assertThat(panel.cards.getFirst().movedFrom).isNull();
        assertThat(panel.cards.get(1).movedFrom)
                .isNotNull()
                .satisfies(note -> assertThat(note.getText())
                        .startsWith("Moved from segment 3 when " + translator + " merged it into this one, "));
        assertThat(panel.summaryText.getText()).isEqualTo("Comments (2 open)");
    }

    @Test
    void unpostedTextStaysWithItsSegmentAndARefusedCommentKeepsIt() {
        EditorView view = navigate(EditorView.class, statementId);
        SegmentComments panel = view.comments;
        test(panel.draft).setValue("Pledges: \"s'engage\"?");

        fireShortcut(Key.ARROW_DOWN, KeyModifier.ALT);
        assertThat(view.editPane.header.position.getText()).startsWith("Segment 2");
        assertThat(panel.draft.getValue()).isEmpty();
        fireShortcut(Key.ARROW_UP, KeyModifier.ALT);
        assertThat(panel.draft.getValue()).isEqualTo("Pledges: \"s'engage\"?");

        String tooLong = "x".repeat(Comment.MAX_LENGTH + 1);
        panel.draft.setValue(tooLong);
        test(panel.post).click();
        assertThat(find(Notification.class).single().getElement().getProperty("text"))
                .contains("at most 2000");
        assertThat(panel.draft.getValue()).isEqualTo(tooLong);
        assertThat(panel.cards).isEmpty();
    }

    @Test
    void othersRepliesArriveLiveAndTheAuthorResolvesTheThread() {
        EditorView view = navigate(EditorView.class, statementId);
        SegmentComments panel = view.comments;
        test(panel.draft).setValue("All languages: keep \"Mr. Chair\" as the address form?");
        panel.scope.setValue(SegmentComments.Scope.ALL_LANGUAGES);
        test(panel.post).click();
        CommentThreadCard card = panel.cards.getFirst();
        assertThat(card.thread.language()).isNull();

        // the reviewer replies from another browser
        UI mine = UI.getCurrent();
        UI.setCurrent(null);
        TestSignIn.as(reviewer, Role.REVIEWER);
        long segmentId = card.thread.first().segmentId();
        comments.add(NewComment.reply(segmentId, card.thread.id(), "Yes: \"Monsieur le Président\"."));
        TestSignIn.as(translator, Role.TRANSLATOR);
        UI.setCurrent(mine);
        runUiUpdatesUntil(() -> panel.cards.getFirst().thread.replies().size() == 1);

        CommentThreadCard withReply = panel.cards.getFirst();
        assertThat(withReply.edits).as("only the own comment").hasSize(1);
        test(withReply.edits.getFirst()).click();
        test(withReply.editText).setValue("All languages: keep \"Mr. Chair\" as the form of address?");
        test(withReply.saveEdit).click();
        assertThat(panel.cards.getFirst().texts.getFirst().getText())
                .isEqualTo("All languages: keep \"Mr. Chair\" as the form of address?");

        test(panel.cards.getFirst().resolve).click();
        assertThat(panel.cards.getFirst().thread.open()).isFalse();
        assertThat(panel.cards.getFirst().reply.isVisible()).isFalse();
        assertThat(panel.summaryText.getText()).isEqualTo("Comments");
    }
}
