package org.statementworkbench.statement.importing;

/** A plain text statement: blank lines separate paragraphs, a single line break stays a "\n" in its paragraph. */
final class PlainTextReader {

    private PlainTextReader() {}

    /**
     * @param text decoded text
     * @param source "the file" or "the pasted text", for error messages
     */
    static ImportedDocument read(String text, String source) {
        ParagraphCollector paragraphs = new ParagraphCollector();
        ParagraphBuilder builder = new ParagraphBuilder();
        for (TextNormalization.Block block : TextNormalization.blocks(TextNormalization.normalize(text))) {
            builder.append(String.join("\n", block.lines()), false, false);
            paragraphs.add(builder, () -> TextNormalization.where(block.firstLine(), source));
        }
        return paragraphs.document();
    }
}
