package org.statementworkbench.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStructureService;

/**
 * Comment threads through merges and splits against MariaDB (V14 and V20): a merge moves the removed segment's
 * threads, replies, resolutions and languages to the merged segment and says where they came from; a split leaves
 * them on the first part; notifications and the CSV export follow.
 */
@SpringBootTest
class CommentThreadMovesTest extends CommentingTest {

    @Autowired
    SegmentStructureService structure;

    @Override
    String prefix() {
        return "mv";
    }

    private List<SegmentRow> rows() {
        TestSignIn.as(translator, Role.TRANSLATOR);
        return data.rows(statementId, UnLanguage.FR);
    }

    @Test
    void aMergeMovesTheRemovedSegmentsThreadsWithTheirRepliesToTheMergedSegment() {
        List<SegmentRow> before = rows();
        assertThat(before)
                .extracting(SegmentRow::source)
                .containsExactly("Mr. Chair,", "Thailand pledges its commitment to tackle cybercrime.", "Thank you.");
        long kept = before.get(1).segmentId();
        long removed = before.get(2).segmentId();
        Comment onKept = comment(
                translator, Role.TRANSLATOR, NewComment.thread(kept, UnLanguage.FR, "\"Lutter contre\" for tackle?"));
        Comment moved = comment(
                translator,
                Role.TRANSLATOR,
                NewComment.thread(removed, null, "@" + reviewer + " is the closing kept in every language?"));
        comment(reviewer, Role.REVIEWER, NewComment.reply(removed, moved.id(), "Yes, as delivered."));
        Comment spanish = comment(colleague, Role.TRANSLATOR, NewComment.thread(removed, UnLanguage.ES, "Gracias."));
        comment(reviewer, Role.REVIEWER, NewComment.reply(removed, spanish.id(), "Fine as it is."));
        TestSignIn.as(reviewer, Role.REVIEWER);
        comments.resolve(spanish.id(), true);
        List<CommentThread> removedFrench = comments.threads(removed, UnLanguage.FR);
        List<CommentThread> removedSpanish = comments.threads(removed, UnLanguage.ES);
        long reviewerUnread = unread(reviewer, Role.REVIEWER);
        long translatorUnread = unread(translator, Role.TRANSLATOR);
        long colleagueUnread = unread(colleague, Role.TRANSLATOR);
        assertThat(List.of(reviewerUnread, translatorUnread, colleagueUnread)).containsExactly(1L, 1L, 1L);
        List<CommentRecord> exportedBefore = comments.export(statementId);

        TestSignIn.as(translator, Role.TRANSLATOR);
        structure.mergeWithNext(kept);

        List<SegmentRow> after = rows();
        assertThat(after)
                .extracting(SegmentRow::segmentId)
                .containsExactly(before.getFirst().segmentId(), kept);
        List<CommentThread> french = comments.threads(kept, UnLanguage.FR);
        assertThat(french).extracting(CommentThread::id).containsExactly(onKept.id(), moved.id());
        assertThat(french.getFirst().movedFrom())
                .as("the kept segment's own thread")
                .isNull();
        CommentThread movedThread = french.get(1);
        assertThat(movedThread.first())
                .isEqualTo(withSegment(removedFrench.getFirst().first(), kept));
        assertThat(movedThread.replies())
                .containsExactlyElementsOf(withSegment(removedFrench.getFirst().replies(), kept));
        assertThat(movedThread.language()).isNull();
        assertThat(movedThread.open()).isTrue();
        assertThat(movedThread.movedFrom()).isNotNull().satisfies(m -> {
            assertThat(m.fromSegment()).isEqualTo(3);
            assertThat(m.by()).isEqualTo(translator);
        });

        CommentThread resolvedSpanish = comments.threads(kept, UnLanguage.ES).getLast();
        assertThat(resolvedSpanish.id()).isEqualTo(spanish.id());
        assertThat(resolvedSpanish.language()).isEqualTo(UnLanguage.ES);
        assertThat(resolvedSpanish.open()).isFalse();
        assertThat(resolvedSpanish.resolvedBy()).isEqualTo(reviewer);
        assertThat(resolvedSpanish.resolvedAt())
                .isEqualTo(removedSpanish.getLast().resolvedAt());
        assertThat(resolvedSpanish.replies())
                .containsExactlyElementsOf(withSegment(removedSpanish.getLast().replies(), kept));
        assertThat(resolvedSpanish.movedFrom()).isNotNull();
        assertThat(events.stream(CommentsChanged.class)).contains(new CommentsChanged(statementId, kept));

        assertThat(unread(reviewer, Role.REVIEWER)).isEqualTo(reviewerUnread);
        assertThat(unread(translator, Role.TRANSLATOR)).isEqualTo(translatorUnread);
        assertThat(unread(colleague, Role.TRANSLATOR)).isEqualTo(colleagueUnread);
        TestSignIn.as(reviewer, Role.REVIEWER);
        assertThat(notifications.mine()).singleElement().satisfies(n -> {
            assertThat(n.segmentId()).isEqualTo(kept);
            assertThat(n.segmentNumber()).isEqualTo(2);
        });

        List<CommentRecord> exported = comments.export(statementId);
        assertThat(exported)
                .extracting(CommentRecord::commentId)
                .containsExactlyInAnyOrderElementsOf(
                        exportedBefore.stream().map(CommentRecord::commentId).toList());
        assertThat(exported).extracting(CommentRecord::segmentNumber).containsOnly(2);
        assertThat(exported)
                .filteredOn(r -> r.threadId() == moved.id() || r.threadId() == spanish.id())
                .hasSize(4)
                .extracting(CommentRecord::movedFrom)
                .containsOnly(movedThread.movedFrom());
        List<CSVRecord> csv = CommentedStatement.csvRows(comments.exportCsv(statementId));
        assertThat(csv).hasSize(exportedBefore.size()).allSatisfy(r -> {
            List<String> move = List.of(r.get("Moved from segment"), r.get("Moved by"), r.get("Moved"));
            if (r.get("Thread").equals(Long.toString(onKept.id()))) {
                assertThat(move).as("the kept segment's own thread").containsOnly("");
            } else {
                ThreadMove m = Objects.requireNonNull(movedThread.movedFrom());
                assertThat(move).containsExactly("3", translator, m.at().toString());
            }
        });

        Comment later = comment(translator, Role.TRANSLATOR, NewComment.reply(kept, moved.id(), "Noted, thank you."));
        assertThat(later.threadId())
                .as("a moved thread takes replies on its new segment")
                .isEqualTo(moved.id());
    }

    @Test
    void aSplitLeavesTheThreadsOnTheFirstPart() {
        List<SegmentRow> before = rows();
        long split = before.get(1).segmentId();
        long last = before.get(2).segmentId();
        Comment first = comment(
                translator,
                Role.TRANSLATOR,
                NewComment.thread(split, UnLanguage.FR, "@" + reviewer + " \"s'engage\"?"));
        comment(reviewer, Role.REVIEWER, NewComment.reply(split, first.id(), "Yes: \"s'engage à lutter contre\"."));
        comment(colleague, Role.TRANSLATOR, NewComment.thread(last, UnLanguage.ES, "Gracias."));
        List<CommentThread> threadsBefore = comments.threads(split, UnLanguage.FR);

        TestSignIn.as(translator, Role.TRANSLATOR);
        structure.split(split, "Thailand pledges its commitment\n to tackle cybercrime.");

        List<SegmentRow> after = rows();
        assertThat(after)
                .extracting(SegmentRow::source)
                .containsExactly(
                        "Mr. Chair,", "Thailand pledges its commitment", "to tackle cybercrime.", "Thank you.");
        assertThat(after.get(1).segmentId()).isEqualTo(split);
        assertThat(comments.threads(split, UnLanguage.FR)).isEqualTo(threadsBefore);
        assertThat(threadsBefore.getFirst().movedFrom()).isNull();
        assertThat(comments.threads(after.get(2).segmentId(), UnLanguage.FR)).isEmpty();
        assertThat(comments.export(statementId))
                .extracting(CommentRecord::segmentNumber)
                .containsExactly(2, 2, 4);
        assertThat(unread(reviewer, Role.REVIEWER)).isEqualTo(1);
        assertThat(unread(translator, Role.TRANSLATOR)).isEqualTo(1);
    }

    private static Comment withSegment(Comment c, long segmentId) {
        return new Comment(
                c.id(),
                c.threadId(),
                c.statementId(),
                segmentId,
                c.language(),
                c.author(),
                c.text(),
                c.createdAt(),
                c.editedAt());
    }

    private static List<Comment> withSegment(List<Comment> comments, long segmentId) {
        return comments.stream().map(c -> withSegment(c, segmentId)).toList();
    }
}
