package org.statementworkbench.statement.importing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the text of one paragraph with its formatting, character by character, and turns it into runs. Text is
 * NFC-normalised; leading and trailing blanks of the paragraph and blanks before a line break are dropped; adjacent
 * text with the same formatting becomes one run. Not thread-safe: one per reader call.
 */
final class ParagraphBuilder {

    private static final byte BOLD = 1;
    private static final byte ITALIC = 2;

    private final StringBuilder text = new StringBuilder();
    private byte[] formats = new byte[256];

    void append(String s, boolean bold, boolean italic) {
        if (s.isEmpty()) {
            return;
        }
        String normalized =
                Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        int start = text.length();
        int end = start + normalized.length();
        if (end > formats.length) {
            formats = Arrays.copyOf(formats, Math.max(end, formats.length * 2));
        }
        Arrays.fill(formats, start, end, (byte) ((bold ? BOLD : 0) | (italic ? ITALIC : 0)));
        text.append(normalized);
    }

    /** Characters collected so far (before blanks are dropped). */
    int length() {
        return text.length();
    }

    /** Whether nothing has been collected yet or the last character is a blank or line break. */
    boolean endsWithBlankOrIsEmpty() {
        if (text.isEmpty()) {
            return true;
        }
        char last = text.charAt(text.length() - 1);
        return last == '\n' || isBlank(last);
    }

    /** The first characters of the paragraph, for error messages. */
    String beginning() {
        String s = text.toString().strip().replace('\n', ' ');
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** The paragraph, or null if it has no visible text; either way the builder is empty afterwards. */
    @Nullable
    ImportedParagraph build() {
        StringBuilder out = new StringBuilder(text.length());
        byte[] outFormats = new byte[text.length()];
        int pendingBlanks = -1; // start index (in text) of blanks not yet written
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                pendingBlanks = -1; // blanks before a line break are dropped
                if (!out.isEmpty()) {
                    outFormats[out.length()] = formats[i];
                    out.append(c);
                }
            } else if (isBlank(c)) {
                if (pendingBlanks < 0) {
                    pendingBlanks = i;
                }
            } else {
                if (pendingBlanks >= 0 && !out.isEmpty()) { // blanks between words, or indentation after a break
                    for (int j = pendingBlanks; j < i; j++) {
                        outFormats[out.length()] = formats[j];
                        out.append(text.charAt(j));
                    }
                }
                pendingBlanks = -1;
                outFormats[out.length()] = formats[i];
                out.append(c);
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '\n') {
            end--;
        }
        text.setLength(0);
        if (end == 0) {
            return null;
        }
        List<TextRun> runs = new ArrayList<>();
        int runStart = 0;
        for (int i = 1; i <= end; i++) {
            if (i == end || outFormats[i] != outFormats[runStart]) {
                byte f = outFormats[runStart];
                runs.add(new TextRun(out.substring(runStart, i), (f & BOLD) != 0, (f & ITALIC) != 0));
                runStart = i;
            }
        }
        return new ImportedParagraph(runs);
    }

    /** Whitespace, including no-break and zero-width spaces, as far as emptiness and trimming are concerned. */
    static boolean isBlank(char c) {
        return c != '\n' && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF');
    }
}
