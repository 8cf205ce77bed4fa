package org.statementworkbench.editor.ui;

import java.util.Arrays;
import java.util.Locale;

/**
 * How the {@link SegmentEditor} paints a {@link HighlightRange}, with the name the element knows it by (its CSS class
 * {@code kind-<name>} and tooltip label in {@code frontend/components/segment-editor.ts}). The element styles its
 * kinds in its own shadow root, so a theme cannot add one: a new kind is a constant here and a style there.
 */
public enum HighlightKind {
    /** A glossary term found in the text: background highlight. */
    TERM_HIT,
    /** A term that breaks the glossary (forbidden or missing approved term): wavy underline. */
    TERM_ERROR,
    /** A proposed (not yet approved) glossary term: a hint only, dotted underline. */
    TERM_HINT,
    /** A source term whose approved rendering the target lacks: highlighted and underlined. */
    TERM_MISSING,
    /** A LanguageTool spelling match. */
    SPELLING,
    /** A LanguageTool grammar match. */
    GRAMMAR,
    /** A LanguageTool style match. */
    STYLE,
    /** An error of a built-in check (a number, document symbol, ... that differs from the source). */
    QA_ERROR,
    /** A warning of a built-in check (punctuation, spaces, ...). */
    QA_WARNING,
    /** A note of a built-in check. */
    QA_INFO;

    /** The name the element uses, e.g. {@code term-hit}. */
    public String clientName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The kind with this client name (e.g. a LanguageTool match's {@code spelling}, or a clicked range's kind). */
    public static HighlightKind fromClientName(String name) {
        return Arrays.stream(values())
                .filter(k -> k.clientName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown highlight kind: " + name));
    }
}
