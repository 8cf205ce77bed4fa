package org.statementworkbench.editor.ui;

import java.util.Arrays;
import java.util.Locale;

/** The keyboard commands of the {@link SegmentEditor}, with the name the element sends for each. */
public enum SegmentCommand {
    /** Ctrl+Enter: confirm the segment. */
    CONFIRM,
    /** Ctrl+Shift+A: approve the segment (reviewers); the text is sent before the command. */
    APPROVE,
    /** Alt+Up: go to the previous segment. */
    PREVIOUS,
    /** Alt+Down: go to the next segment. */
    NEXT,
    /** Ctrl+Shift+S: copy the source text into the target. */
    COPY_SOURCE,
    /**
     * Escape. With a {@linkplain SegmentEditor#setSavedValue saved text} the editor has put it back itself (Ctrl+Z
     * takes that back), and the command comes only when the text differed from it; without one, Java decides.
     */
    REVERT,
    /** Alt+S: move the keyboard focus between the source and the target text. */
    SWITCH_TEXT;

    /** The name in the element's {@code segment-command} event, e.g. {@code copy-source}. */
    public String clientName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static SegmentCommand fromClientName(String name) {
        return Arrays.stream(values())
                .filter(c -> c.clientName().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown segment command: " + name));
    }
}
