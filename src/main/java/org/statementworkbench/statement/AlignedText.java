package org.statementworkbench.statement;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement text already split into segments, one per line, with blank lines between paragraphs. Versions of
 * the same statement in several languages are aligned line by line.
 */
record AlignedText(List<Line> lines) {

    /** One segment: its paragraph (from 1) and its text. */
    record Line(int paragraph, String text) {}

    AlignedText {
        lines = List.copyOf(lines);
    }

    static AlignedText parse(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        List<Line> lines = new ArrayList<>();
        int paragraph = 1;
        boolean paragraphHasLines = false;
        for (String raw : text.split("\\R", -1)) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (paragraphHasLines) {
                    paragraph++;
                    paragraphHasLines = false;
                }
            } else {
                lines.add(new Line(paragraph, line));
                paragraphHasLines = true;
            }
        }
        return new AlignedText(lines);
    }

    /** Throws when {@code other} does not have exactly the same segments in the same paragraphs. */
    void requireAlignedWith(AlignedText other, String otherName) {
        if (other.lines.size() != lines.size()) {
            throw new IllegalStateException(
                    otherName + " has " + other.lines.size() + " segments, the source has " + lines.size());
        }
        for (int i = 0; i < lines.size(); i++) {
            if (other.lines.get(i).paragraph() != lines.get(i).paragraph()) {
                throw new IllegalStateException(otherName + ": segment " + (i + 1) + " is in paragraph "
                        + other.lines.get(i).paragraph() + ", in the source in paragraph "
                        + lines.get(i).paragraph());
            }
        }
    }
}
