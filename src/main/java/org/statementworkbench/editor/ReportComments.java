package org.statementworkbench.editor;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.comment.CommentRecord;
import org.statementworkbench.comment.ThreadMove;

/**
 * The comments part of the QA report's HTML: every thread of the reported languages (and those for all languages),
 * in segment order, each comment with its author, time and text, whether the thread is resolved and, for a thread a
 * merge moved, the same note as the editor's comments panel shows ({@link ThreadMove#note()}). Every text is
 * escaped; a comment's text keeps its own direction ({@code dir="auto"}: Arabic comments read right to left).
 */
final class ReportComments {

    private static final DateTimeFormatter AT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private ReportComments() {}

    static void html(StringBuilder h, List<CommentRecord> comments) {
        Map<Long, List<CommentRecord>> threads = new LinkedHashMap<>();
        comments.forEach(c -> threads.computeIfAbsent(c.threadId(), t -> new java.util.ArrayList<>())
                .add(c));
        long open =
                threads.values().stream().filter(t -> !t.getFirst().resolved()).count();
        h.append("<h2>Comments</h2>\n<p>")
                .append(threads.size())
                .append(" threads (")
                .append(open)
                .append(" open), ")
                .append(comments.size())
                .append(" comments.</p>\n");
        if (comments.isEmpty()) {
            return;
        }
        h.append("<table><tr><th>Segment</th><th>Language</th><th>Thread</th><th>By</th><th>At (UTC)</th>"
                + "<th>Comment</th></tr>\n");
        for (List<CommentRecord> thread : threads.values()) {
            CommentRecord first = thread.getFirst();
            String state = first.resolved() ? "resolved by " + first.resolvedBy() : "open";
            @Nullable ThreadMove move = first.movedFrom();
            String threadCell = move == null
                    ? TerminologyReportFiles.esc(state)
                    : TerminologyReportFiles.esc(state) + "<br><span class=\"moved\">"
                            + TerminologyReportFiles.esc(move.note() + ", " + AT.format(move.at()) + " UTC")
                            + "</span>";
            for (CommentRecord c : thread) {
                UnLanguage language = c.language();
                h.append("<tr><td>")
                        .append(c.segmentNumber())
                        .append("</td><td>")
                        .append(language == null ? "all languages" : TerminologyReportFiles.esc(language.englishName()))
                        .append("</td><td>")
                        .append(c == first ? threadCell : "reply")
                        .append("</td><td>")
                        .append(TerminologyReportFiles.esc(c.author()))
                        .append("</td><td>")
                        .append(AT.format(c.createdAt()))
                        .append("</td><td dir=\"auto\">")
                        .append(TerminologyReportFiles.esc(c.text()))
                        .append("</td></tr>\n");
            }
        }
        h.append("</table>\n");
    }
}
