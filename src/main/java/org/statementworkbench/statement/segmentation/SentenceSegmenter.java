package org.statementworkbench.statement.segmentation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.loomchild.segment.TextIterator;
import net.loomchild.segment.srx.SrxDocument;
import net.loomchild.segment.srx.SrxTextIterator;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.statement.importing.ImportedParagraph;

/**
 * Splits statement text into sentence segments with LanguageTool's SRX rules for the language and our UN overlay
 * ({@code segmentation/un-overlay.srx}), whose rules take precedence. A line break always ends a segment.
 *
 * <p>Thread-safe: the rules are parsed once, in the constructor, and the SRX engine caches its compiled patterns in
 * a concurrent map; every call works on its own iterator. Create one instance and share it.
 */
public final class SentenceSegmenter {

    /**
     * A numbered item's marker at the start of a line: "1. ", "2.1 ", "2.1. ", "IV. ", "(a) ", "b) ", "(ii) ",
     * and the full-width "1．" of Chinese paragraph numbers. The
     * SRX rules never see it, so it cannot become a segment of its own (see the note in un-overlay.srx).
     */
    private static final Pattern LIST_MARKER = Pattern.compile(
            "\\(?(?:\\p{N}{1,3}(?:\\.\\p{N}{1,3})*\\.?|(?:[IVXL]{1,6}|[ivx]{1,6}|\\p{L})[.)])\\)?[\\s\\u00A0]+"
                    + "|\\p{N}{1,3}\\uFF0E[\\s\\u00A0\\u3000]*");

    private final SrxDocument rules;

    public SentenceSegmenter() {
        this(SegmentationRules.withUnOverlay());
    }

    /** Runs on the given rules; package-private so a benchmark can run LanguageTool's rules the same way. */
    SentenceSegmenter(SrxDocument rules) {
        this.rules = rules;
        for (UnLanguage language : UnLanguage.values()) {
            split("Compiles the rules. Once.", language);
        }
    }

    /** The sentences of {@code text}, leading and trailing whitespace excluded; no empty spans. */
    public List<TextSpan> split(String text, UnLanguage language) {
        String code = SegmentationRules.languageCode(language);
        List<TextSpan> spans = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            splitLine(text, lineStart, lineEnd, code, spans);
            lineStart = lineEnd + 1;
        }
        return spans;
    }

    /**
     * The paragraph's segments as text with inline formatting markers ({@code **bold**}, {@code *italic*},
     * {@code ***both***}; literal {@code *} and {@code \} escaped). Markers never cross a segment boundary.
     */
    public List<String> segment(ImportedParagraph paragraph, UnLanguage language) {
        return pieces(paragraph, language).stream().map(Piece::text).toList();
    }

    /** A segment's text with markers, and whether a line break (not just a space) separates it from the one before. */
    public record Piece(String text, boolean lineBreakBefore) {}

    /** Like {@link #segment}, also telling which segments start on a new line of the paragraph (title blocks). */
    public List<Piece> pieces(ImportedParagraph paragraph, UnLanguage language) {
        String text = paragraph.plainText();
        FormattingMarkers markers = new FormattingMarkers(paragraph.runs());
        List<Piece> pieces = new ArrayList<>();
        int previousEnd = -1;
        for (TextSpan span : split(text, language)) {
            boolean lineBreak = previousEnd >= 0
                    && text.substring(previousEnd, span.start()).indexOf('\n') >= 0;
            pieces.add(new Piece(markers.render(span), lineBreak));
            previousEnd = span.end();
        }
        return pieces;
    }

    private void splitLine(String text, int lineStart, int lineEnd, String code, List<TextSpan> spans) {
        int first = skipBlanksForward(text, lineStart, lineEnd);
        if (first == lineEnd) {
            return;
        }
        Matcher marker = LIST_MARKER.matcher(text).region(first, lineEnd);
        int sentencesStart = marker.lookingAt() ? marker.end() : first;
        if (sentencesStart == lineEnd) {
            spans.add(new TextSpan(first, skipBlanksBackward(text, first, lineEnd)));
            return;
        }
        TextIterator sentences = new SrxTextIterator(rules, code, text.substring(sentencesStart, lineEnd));
        int start = sentencesStart;
        while (sentences.hasNext()) {
            int end = start + sentences.next().length();
            int trimmedStart = start == sentencesStart ? first : skipBlanksForward(text, start, end);
            int trimmedEnd = skipBlanksBackward(text, trimmedStart, end);
            if (trimmedEnd > trimmedStart) {
                spans.add(new TextSpan(trimmedStart, trimmedEnd));
            }
            start = end;
        }
    }

    private static int skipBlanksForward(String text, int from, int to) {
        int i = from;
        while (i < to && isBlank(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipBlanksBackward(String text, int from, int to) {
        int i = to;
        while (i > from && isBlank(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Whitespace including no-break and ideographic spaces and a stray carriage return. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
