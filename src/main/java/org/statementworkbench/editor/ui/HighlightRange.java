package org.statementworkbench.editor.ui;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A span of a {@link SegmentEditor}'s text to highlight, with the message its tooltip shows. Offsets count UTF-16
 * code units ({@link String#length()}), {@code end} exclusive. The kinds the editor paints are the constants below;
 * other kinds (lower-case letters, digits and dashes) are painted only by a theme that styles them.
 */
public record HighlightRange(String id, int start, int end, String kind, String message) {

    /** A glossary term found in the text: background highlight. */
    public static final String TERM_HIT = "term-hit";
    /** A term that breaks the glossary (forbidden or missing approved term): wavy underline. */
    public static final String TERM_ERROR = "term-error";
    /** A proposed (not yet approved) glossary term: a hint only, dotted underline. */
    public static final String TERM_HINT = "term-hint";
    /** A source term whose approved rendering the target lacks: highlighted and underlined. */
    public static final String TERM_MISSING = "term-missing";

    public static final String SPELLING = "spelling";
    public static final String GRAMMAR = "grammar";
    public static final String STYLE = "style";

    private static final Pattern KIND = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public HighlightRange {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (id.isBlank()) {
            throw new IllegalArgumentException("A range needs an id");
        }
        if (start < 0 || start >= end) {
            throw new IllegalArgumentException("Range " + id + ": needs 0 <= start < end, was " + start + ".." + end);
        }
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("Range " + id + ": kind must be lower-case words with dashes: " + kind);
        }
    }

    /** Whether the range lies within a text of this length. */
    public boolean fitsIn(int textLength) {
        return end <= textLength;
    }
}
