package org.statementworkbench.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;
import org.statementworkbench.security.UserUpdate;

/** Comment threads and their notifications against MariaDB: mentions, replies, rights, limits, export. */
@SpringBootTest
class CommentServiceTest extends CommentingTest {

    @Autowired
    UserService users;

    long segmentId;

    @Override
    String prefix() {
        return "cmt";
    }

    @BeforeEach
    void onThePledge() {
        segmentId = data.rows(statementId, UnLanguage.FR).get(1).segmentId();
    }

    @Test
    void mentionsNotifyExistingEnabledUsersButNeverTheAuthor() {
        String disabled = data.translator("cmt-off-" + tag, "Ana Gomez", UnLanguage.ES);
        data.asAdmin(() -> {
            var account = users.listUsers().stream()
                    .filter(u -> u.username().equals(disabled))
                    .findFirst()
                    .orElseThrow();
            return users.updateUser(new UserUpdate(
                    account.id(), account.version(), account.fullName(), account.roles(), account.languages(), false));
        });

        Comment c = comment(
                translator,
                Role.TRANSLATOR,
                NewComment.thread(
                        segmentId,
                        UnLanguage.FR,
                        "@" + reviewer + ", \"cybercriminalité\" ou \"criminalité informatique\" ? cc @nobody-" + tag
                                + " @" + disabled + " @" + translator + " mail: jean@" + colleague + ".org"));

        assertThat(unread(reviewer, Role.REVIEWER)).isEqualTo(1);
        assertThat(unread(translator, Role.TRANSLATOR)).isZero();
        assertThat(unread(disabled, Role.TRANSLATOR)).isZero();
        assertThat(unread(colleague, Role.TRANSLATOR))
                .as("an e-mail address is no mention")
                .isZero();
        assertThat(events.stream(CommentAdded.class))
                .filteredOn(e -> e.commentId() == c.id())
                .singleElement()
                .satisfies(e -> assertThat(e.notified()).containsExactly(reviewer));
        TestSignIn.as(reviewer, Role.REVIEWER);
        assertThat(notifications.mine()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(NotificationReason.MENTION);
            assertThat(n.author()).isEqualTo(translator);
            assertThat(n.statementId()).isEqualTo(statementId);
            assertThat(n.segmentNumber()).isEqualTo(2);
            assertThat(n.language()).isEqualTo(UnLanguage.FR);
            assertThat(n.unread()).isTrue();
        });
    }

    @Test
    void repliesNotifyTheThreadsEarlierAuthorsOnce() {
        Comment first = comment(
                translator, Role.TRANSLATOR, NewComment.thread(segmentId, null, "Is \"tackle\" to be rendered alike?"));
        comment(reviewer, Role.REVIEWER, NewComment.reply(segmentId, first.id(), "Yes, in all languages."));
        assertThat(unread(translator, Role.TRANSLATOR)).isEqualTo(1);

        Comment third = comment(
                colleague,
                Role.TRANSLATOR,
                NewComment.reply(segmentId, first.id(), "Spanish uses \"hacer frente a\", @" + reviewer + "."));

        assertThat(third.threadId()).isEqualTo(first.id());
        assertThat(third.language()).isNull();
        assertThat(unread(translator, Role.TRANSLATOR)).isEqualTo(2);
        assertThat(unread(reviewer, Role.REVIEWER)).isEqualTo(1);
        assertThat(unread(colleague, Role.TRANSLATOR)).isZero();
        TestSignIn.as(reviewer, Role.REVIEWER);
        assertThat(notifications.mine())
                .singleElement()
                .extracting(NotificationEntry::reason)
                .isEqualTo(NotificationReason.MENTION);
    }

    @Test
    void peopleMarkOnlyTheirOwnNotificationsRead() {
        comment(
                translator,
                Role.TRANSLATOR,
                NewComment.thread(segmentId, UnLanguage.FR, "@" + reviewer + " please check."));
        comment(
                translator,
                Role.TRANSLATOR,
                NewComment.thread(segmentId, UnLanguage.FR, "@" + reviewer + " and this?"));
        TestSignIn.as(reviewer, Role.REVIEWER);
        List<NotificationEntry> mine = notifications.mine();
        assertThat(mine).hasSize(2);
        assertThat(mine.getFirst().text()).as("newest first").contains("and this?");

        TestSignIn.as(translator, Role.TRANSLATOR);
        assertThatThrownBy(() -> notifications.markRead(mine.getFirst().id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(notifications.markAllRead()).isZero();
        assertThat(unread(reviewer, Role.REVIEWER)).isEqualTo(2);

        notifications.markRead(mine.getFirst().id());
        assertThat(notifications.unreadCount()).isEqualTo(1);
        assertThat(notifications.markAllRead()).isEqualTo(1);
        assertThat(notifications.unreadCount()).isZero();
    }

    @Test
    void onlyTheAuthorCorrectsACommentAndOnlyTheAuthorOrAReviewerResolvesAThread() {
        Comment c = comment(
                translator, Role.TRANSLATOR, NewComment.thread(segmentId, UnLanguage.FR, "Chair or President?"));

        TestSignIn.as(colleague, Role.TRANSLATOR);
        assertThatThrownBy(() -> comments.correct(c.id(), "Vandalised")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> comments.resolve(c.id(), true)).isInstanceOf(AccessDeniedException.class);

        TestSignIn.as(translator, Role.TRANSLATOR);
        assertThat(comments.correct(c.id(), "Chair or Président?").editedAt()).isNotNull();
        TestSignIn.as(reviewer, Role.REVIEWER);
        comments.resolve(c.id(), true);

        CommentThread thread = comments.threads(segmentId, UnLanguage.FR).getFirst();
        assertThat(thread.first().text()).isEqualTo("Chair or Président?");
        assertThat(thread.open()).isFalse();
        assertThat(thread.resolvedBy()).isEqualTo(reviewer);
        TestSignIn.as(colleague, Role.TRANSLATOR);
        assertThatThrownBy(() -> comments.add(NewComment.reply(segmentId, c.id(), "One more thing")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("resolved");
        assertThat(comments.threads(segmentId, UnLanguage.FR).getFirst().replies())
                .isEmpty();
    }

    @Test
    void textsAreOneToTwoThousandCharactersAndBadOnesChangeNothing() {
        TestSignIn.as(translator, Role.TRANSLATOR);
        assertThatThrownBy(() ->
                        comments.add(NewComment.thread(segmentId, UnLanguage.FR, "x".repeat(Comment.MAX_LENGTH + 1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 2000");
        assertThatThrownBy(() -> comments.add(NewComment.thread(segmentId, UnLanguage.FR, "  \n ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(comments.threads(segmentId, UnLanguage.FR)).isEmpty();

        assertThat(comments.add(NewComment.thread(segmentId, UnLanguage.FR, "é".repeat(Comment.MAX_LENGTH)))
                        .text())
                .hasSize(Comment.MAX_LENGTH);
    }

    @Test
    void aSegmentShowsItsLanguagesThreadsAndTheAllLanguageOnes() {
        comment(translator, Role.TRANSLATOR, NewComment.thread(segmentId, UnLanguage.FR, "French only"));
        comment(colleague, Role.TRANSLATOR, NewComment.thread(segmentId, UnLanguage.ES, "Spanish only"));
        comment(reviewer, Role.REVIEWER, NewComment.thread(segmentId, null, "Every language"));

        assertThat(comments.threads(segmentId, UnLanguage.FR))
                .extracting(t -> t.first().text())
                .containsExactly("French only", "Every language");
        assertThat(comments.threads(segmentId, UnLanguage.RU))
                .extracting(t -> t.first().text())
                .containsExactly("Every language");
    }

    @Test
    void nobodySignedInMayReadOrWrite() {
        TestSignIn.out();
        assertThatThrownBy(() -> comments.threads(segmentId, UnLanguage.FR))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> notifications.unreadCount())
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theExportListsCommentsInSegmentOrderAndItsCsvDefusesFormulas() {
        TestSignIn.as(translator, Role.TRANSLATOR);
        long firstSegment = data.rows(statementId, UnLanguage.FR).getFirst().segmentId();
        Comment later =
                comment(translator, Role.TRANSLATOR, NewComment.thread(segmentId, UnLanguage.FR, "=HYPERLINK(\"x\")"));
        comment(reviewer, Role.REVIEWER, NewComment.thread(firstSegment, null, "Mr. Chair or Madam Chair?"));
        comment(reviewer, Role.REVIEWER, NewComment.reply(segmentId, later.id(), "Plain text, please."));

        TestSignIn.as(colleague, Role.TRANSLATOR);
        List<CommentRecord> records = comments.export(statementId);
        assertThat(records).extracting(CommentRecord::segmentNumber).containsExactly(1, 2, 2);
        assertThat(records.get(2).threadId()).isEqualTo(later.id());
        String csv = comments.exportCsv(statementId);
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("Segment,Language,Thread,Comment,Author,Written,Edited,Text,Resolved by,Resolved,"
                        + "Moved from segment,Moved by,Moved");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"").contains(",all,").contains(",fr,");
        assertThat(CommentedStatement.csvRows(csv))
                .as("no thread was moved")
                .hasSize(3)
                .allSatisfy(r -> assertThat(List.of(r.get("Moved from segment"), r.get("Moved by"), r.get("Moved")))
                        .containsOnly(""));
        assertThat(Set.copyOf(records.stream().map(CommentRecord::author).toList()))
                .containsExactlyInAnyOrder(translator, reviewer);
    }
}
