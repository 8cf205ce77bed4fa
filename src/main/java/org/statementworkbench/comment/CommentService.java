package org.statementworkbench.comment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.events.DomainEvents;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserAccount;
import org.statementworkbench.security.UserService;
import org.statementworkbench.statement.SegmentPlace;
import org.statementworkbench.statement.SegmentPlaces;

/**
 * Comment threads on segments. Everyone signed in may read statements, so everyone signed in may read and write
 * comments, except on archived statements. Comments are never deleted: a thread is resolved (by the author of its
 * first comment, a reviewer or an administrator) and may be reopened; an author may correct their own comment's
 * text, nobody else's. {@code @mentions} and replies notify people ({@link Notifier}).
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class CommentService {

    private static final Sort OLDEST_FIRST = Sort.by("createdAt", "id");

    private final SegmentCommentRepository comments;
    private final SegmentPlaces places;
    private final UserService users;
    private final Notifier notifier;
    private final CommentExports exports;
    private final DomainEvents events;
    private final Clock clock = Clock.systemUTC();

    CommentService(
            SegmentCommentRepository comments,
            SegmentPlaces places,
            UserService users,
            Notifier notifier,
            CommentExports exports,
            DomainEvents events) {
        this.comments = comments;
        this.places = places;
        this.users = users;
        this.notifier = notifier;
        this.exports = exports;
        this.events = events;
    }

    /** The threads of a segment about {@code language} and about all languages, oldest first. */
    @Transactional(readOnly = true)
    public List<CommentThread> threads(long segmentId, UnLanguage language) {
        Specification<SegmentComment> ofSegment = (c, q, cb) -> cb.and(
                cb.equal(c.get("segmentId"), segmentId),
                cb.or(cb.isNull(c.get("language")), cb.equal(c.get("language"), language)));
        Map<Long, SegmentComment> firsts = new LinkedHashMap<>();
        Map<Long, List<Comment>> replies = new LinkedHashMap<>();
        for (SegmentComment c : comments.findAll(ofSegment, OLDEST_FIRST)) {
            if (c.startsThread()) {
                firsts.put(c.id(), c);
            } else {
                replies.computeIfAbsent(c.threadRoot(), k -> new ArrayList<>()).add(c.toComment());
            }
        }
        return firsts.values().stream()
                .map(f -> new CommentThread(
                        f.toComment(),
                        replies.getOrDefault(f.id(), List.of()),
                        f.resolvedBy(),
                        f.resolvedAt(),
                        f.move()))
                .toList();
    }

    /**
     * Adds a comment (a new thread, or a reply in an open one) as the signed-in person, notifies the people it
     * mentions and, for a reply, those who wrote in the thread; announces it with {@link CommentAdded}.
     */
    public Comment add(NewComment request) {
        String author = currentUsername();
        SegmentPlace place = writablePlace(request.segmentId());
        @Nullable UnLanguage language = request.language();
        @Nullable Long threadId = null;
        if (request.replyTo() != null) {
            SegmentComment first = threadOf(Objects.requireNonNull(request.replyTo()));
            if (first.segmentId() != request.segmentId()) {
                throw new IllegalArgumentException("That comment belongs to another segment.");
            }
            if (first.resolved()) {
                throw new IllegalStateException("This thread is resolved; reopen it to reply.");
            }
            threadId = first.id();
            language = first.language();
        }
        SegmentComment saved = comments.saveAndFlush(new SegmentComment(
                place.statementId(), place.segmentId(), language, threadId, author, request.text(), clock.instant()));
        Set<String> notified = notifier.notifyOf(saved, threadId == null ? List.of() : authorsIn(threadId));
        events.publish(
                new CommentAdded(saved.id(), place.statementId(), place.segmentId(), language, author, notified));
        return saved.toComment();
    }

    /** Corrects the text of the signed-in person's own comment; people newly mentioned in it are notified. */
    public Comment correct(long commentId, String text) {
        SegmentComment comment = find(commentId);
        if (!comment.author().equals(currentUsername())) {
            throw new AccessDeniedException("Only its author may change a comment.");
        }
        writablePlace(comment.segmentId());
        comment.correct(text, clock.instant());
        notifier.notifyOf(comment, List.of());
        events.publish(new CommentsChanged(comment.statementId(), comment.segmentId()));
        return comment.toComment();
    }

    /** Resolves ({@code true}) or reopens a thread: the author of its first comment, reviewers and administrators. */
    public void resolve(long threadId, boolean resolved) {
        SegmentComment first = threadOf(threadId);
        String me = currentUsername();
        if (!first.author().equals(me) && !isReviewer()) {
            throw new AccessDeniedException("Only the thread's author or a reviewer may resolve or reopen it.");
        }
        writablePlace(first.segmentId());
        if (resolved && !first.resolved()) {
            first.resolve(me, clock.instant());
        } else if (!resolved) {
            first.reopen();
        }
        events.publish(new CommentsChanged(first.statementId(), first.segmentId()));
    }

    /** Every comment of a statement, in segment order then thread by thread, for reports. */
    @Transactional(readOnly = true)
    public List<CommentRecord> export(long statementId) {
        return exports.records(statementId);
    }

    /** {@link #export} as CSV (Commons CSV; cells a spreadsheet would run as formulas defused). */
    @Transactional(readOnly = true)
    public String exportCsv(long statementId) {
        return CommentExports.csv(exports.records(statementId));
    }

    private SegmentComment find(long commentId) {
        return comments.findById(commentId).orElseThrow(() -> new IllegalArgumentException("No such comment."));
    }

    /** The first comment of the thread {@code commentId} belongs to. */
    private SegmentComment threadOf(long commentId) {
        SegmentComment c = find(commentId);
        return c.startsThread() ? c : find(c.threadRoot());
    }

    private List<String> authorsIn(long threadId) {
        Specification<SegmentComment> inThread =
                (c, q, cb) -> cb.or(cb.equal(c.get("id"), threadId), cb.equal(c.get("threadId"), threadId));
        return comments.findAll(inThread).stream()
                .map(SegmentComment::author)
                .distinct()
                .toList();
    }

    private SegmentPlace writablePlace(long segmentId) {
        SegmentPlace place = places.find(segmentId).orElseThrow(() -> new IllegalArgumentException("No such segment."));
        if (place.archived()) {
            throw new IllegalStateException("The statement is archived: its comments can no longer change.");
        }
        return place;
    }

    private boolean isReviewer() {
        return users.currentUser()
                .map(UserAccount::roles)
                .map(r -> r.contains(Role.REVIEWER) || r.contains(Role.ADMIN))
                .orElse(false);
    }

    static String currentUsername() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AccessDeniedException("Sign in to comment.");
        }
        return auth.getName();
    }
}
