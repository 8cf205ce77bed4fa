package org.statementworkbench.editor;

import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Span;

/**
 * What makes an ignored issue the same issue on a later check, wherever its words moved in the text: the check id,
 * the target and source words it covers (without formatting markers) and its subject (the glossary concept of a
 * term issue). LanguageTool's match ids change with every check, so an {@code lt.*} key has no subject.
 */
public record IgnoreKey(CheckId check, String targetText, String sourceText, String subject) {

    /** The longest covered text or subject kept (longer ones are cut: the key still tells issues apart). */
    public static final int TEXT_MAX_LENGTH = 1000;

    public static final int SUBJECT_MAX_LENGTH = 200;

    public IgnoreKey {
        targetText = cut(targetText, TEXT_MAX_LENGTH);
        sourceText = cut(sourceText, TEXT_MAX_LENGTH);
        subject = cut(subject, SUBJECT_MAX_LENGTH);
    }

    /** The key of {@code issue}, whose spans lie in {@code source} and {@code target} (marked or plain text). */
    public static IgnoreKey of(Issue issue, String source, String target) {
        String subject = issue.subject();
        return new IgnoreKey(
                issue.check(),
                covered(issue.target(), target),
                covered(issue.source(), source),
                subject == null || issue.check().isIn(CheckId.LANGUAGE_TOOL) ? "" : subject);
    }

    private static String covered(@Nullable Span span, String text) {
        return span == null ? "" : plain(span.of(text));
    }

    /** The text without the editor's {@code **} and {@code *} markers ({@code \*} is an asterisk). */
    static String plain(String marked) {
        return marked.replace("\\*", "\u0000").replace("*", "").replace('\u0000', '*');
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
