package org.statementworkbench.statement.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement in the Markdown-like form our statements and pasted texts use.
 *
 * <p>Supported:
 * <ul>
 *   <li>paragraphs separated by blank lines; a single line break stays a "\n" inside the paragraph (title blocks
 *       keep their lines);</li>
 *   <li>{@code **bold**} and {@code __bold__}, {@code *italic*} and {@code _italic_}, {@code ***bold italic***},
 *       also across line breaks within a paragraph; {@code _} only at word boundaries, so {@code snake_case} stays
 *       as it is; markers without a partner stay literal text (see {@link MarkdownEmphasis});</li>
 *   <li>a backslash before ASCII punctuation ({@code \*}, {@code \_}, {@code \#}, {@code \\}) makes it literal;</li>
 *   <li>ATX headings ({@code # Title}, up to six hashes, optional closing hashes) become a paragraph of their own
 *       without the hashes (not formatted).</li>
 * </ul>
 *
 * <p>Not interpreted, kept as text: list markers ({@code 1. }, {@code - }, {@code (a) }), block quotes ({@code > }),
 * code spans and blocks, links and images, HTML tags, tables, setext headings and thematic breaks ({@code ---}).
 * Leading and trailing whitespace of every line is removed.
 */
final class MarkdownReader {

    private static final Pattern HEADING = Pattern.compile("#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*");

    private MarkdownReader() {}

    /**
     * @param text decoded text
     * @param source "the file" or "the pasted text", for error messages
     */
    static ImportedDocument read(String text, String source) {
        ParagraphCollector paragraphs = new ParagraphCollector();
        ParagraphBuilder builder = new ParagraphBuilder();
        for (TextNormalization.Block block : TextNormalization.blocks(TextNormalization.normalize(text))) {
            List<String> lines = new ArrayList<>();
            int firstLine = block.firstLine();
            for (int i = 0; i < block.lines().size(); i++) {
                String line = block.lines().get(i);
                Matcher heading = HEADING.matcher(line);
                if (heading.matches()) {
                    add(lines, firstLine, source, builder, paragraphs);
                    String title = heading.group(1);
                    add(title == null ? List.of() : List.of(title), block.firstLine() + i, source, builder, paragraphs);
                    lines.clear();
                    firstLine = block.firstLine() + i + 1;
                } else {
                    lines.add(line);
                }
            }
            add(lines, firstLine, source, builder, paragraphs);
        }
        return paragraphs.document();
    }

    private static void add(
            List<String> lines, int firstLine, String source, ParagraphBuilder builder, ParagraphCollector paragraphs) {
        if (!lines.isEmpty()) {
            MarkdownEmphasis.appendTo(String.join("\n", lines), builder);
            paragraphs.add(builder, () -> TextNormalization.where(firstLine, source));
        }
    }
}
