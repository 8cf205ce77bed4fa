package org.statementworkbench.comment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.SignedInBrowserlessTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.comment.CommentService;
import org.statementworkbench.comment.CommentedStatement;
import org.statementworkbench.comment.NewComment;
import org.statementworkbench.comment.NotificationService;
import org.statementworkbench.security.Role;

/** A reviewer reads the comments that mention them, live, and opens one in the editor. */
@SpringBootTest
class NotificationsViewTest extends SignedInBrowserlessTest {

    @Autowired
    TestData data;

    @Autowired
    CommentService comments;

    @Autowired
    NotificationService notifications;

    CommentedStatement thailand = new CommentedStatement("", "", "", "", 0);
    String translator = "";
    String reviewer = "";
    long statementId;
    long segmentId;

    @BeforeEach
    void aCommentMentioningTheReviewer() {
        thailand = CommentedStatement.create(data, "note");
        translator = thailand.translator();
        reviewer = thailand.reviewer();
        statementId = thailand.statementId();
        segmentId = data.rows(statementId, UnLanguage.FR).get(1).segmentId();
        comments.add(NewComment.thread(segmentId, UnLanguage.FR, "<script>alert(1)</script> @" + reviewer + " ?"));
        TestSignIn.as(reviewer, Role.REVIEWER);
    }

    @Test
    void theReviewerSeesTheMentionLiveAndOpensItsSegment() {
        NotificationsView view = navigate(NotificationsView.class);
        NotificationBell bell = find(NotificationBell.class).single();
        assertThat(bell.count.getText()).isEqualTo("1");
        assertThat(view.summary.getText()).isEqualTo("1 unread of 1.");
        NotificationCard card = view.cards.getFirst();
        assertThat(card.text.getText()).isEqualTo("<script>alert(1)</script> @" + reviewer + " ?");
        assertThat(card.text.getElement().getChild(0).isTextNode()).isTrue();
        assertThat(card.hasClassName("unread")).isTrue();
        assertThat(NotificationCard.where(card.entry)).isEqualTo(thailand.title() + " · segment 2 · French");

        TestSignIn.as(translator, Role.TRANSLATOR);
        comments.add(NewComment.reply(segmentId, threadOf(card), "@" + reviewer + " and?"));
        TestSignIn.as(reviewer, Role.REVIEWER);
        runUiUpdatesUntil(() -> view.cards.size() == 2 && "2".equals(bell.count.getText()));

        test(view.cards.get(1).open).click();
        var location = UI.getCurrent().getInternals().getActiveViewLocation();
        assertThat(location.getPath()).isEqualTo("statement/" + statementId);
        assertThat(location.getQueryParameters().getSingleParameter("segment")).hasValue("2");
        assertThat(location.getQueryParameters().getSingleParameter("lang")).hasValue("fr");
        assertThat(notifications.unreadCount()).isEqualTo(1);
    }

    @Test
    void markAllReadEmptiesTheCount() {
        NotificationsView view = navigate(NotificationsView.class);
        test(view.markAllRead).click();
        assertThat(view.summary.getText()).isEqualTo("0 unread of 1.");
        assertThat(view.markAllRead.isEnabled()).isFalse();
        assertThat(view.cards.getFirst().hasClassName("unread")).isFalse();
        runUiUpdatesUntil(
                () -> find(NotificationBell.class).single().count.getText().isEmpty());
    }

    private long threadOf(NotificationCard card) {
        return comments.threads(card.entry.segmentId(), UnLanguage.FR)
                .getFirst()
                .id();
    }
}
