/**
 * Comment threads on segments (for one language or for all of them) with {@code @mentions}, and the
 * notifications they cause: {@link org.statementworkbench.comment.CommentService} and
 * {@link org.statementworkbench.comment.NotificationService}. Comments are never deleted, only resolved (a thread
 * at a time); their authors may correct their text. New comments and read notifications are announced with
 * {@link org.statementworkbench.comment.CommentAdded}, {@link org.statementworkbench.comment.CommentsChanged} and
 * {@link org.statementworkbench.comment.NotificationsRead}. A merge of segments moves the removed segment's threads to
 * the merged one ({@code CommentThreadMoves}, a {@link org.statementworkbench.statement.SegmentMergeParticipant}).
 */
@NullMarked
package org.statementworkbench.comment;

import org.jspecify.annotations.NullMarked;
