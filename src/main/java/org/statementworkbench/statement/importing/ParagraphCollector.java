package org.statementworkbench.statement.importing;

import static org.statementworkbench.statement.importing.StatementFileReader.MAX_PARAGRAPHS;
import static org.statementworkbench.statement.importing.StatementFileReader.MAX_PARAGRAPH_CHARS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The paragraphs of one document being read, with the limits on their number and length enforced as they come. */
final class ParagraphCollector {

    private final List<ImportedParagraph> paragraphs = new ArrayList<>();

    /**
     * Adds the builder's paragraph unless it is empty, and empties the builder.
     *
     * @param where where the paragraph is, for error messages, e.g. "the paragraph that starts on line 12"
     */
    void add(ParagraphBuilder builder, Supplier<String> where) {
        if (builder.length() > MAX_PARAGRAPH_CHARS) {
            ImportedParagraph paragraph = builder.build();
            int length = paragraph == null ? 0 : paragraph.plainText().length();
            if (length > MAX_PARAGRAPH_CHARS) {
                throw new StatementImportException(format(
                        "%s is too long: it has %,d characters, and a paragraph may have at most %,d. Check that "
                                + "paragraphs are separated (by a blank line in a text file), or split this one, and "
                                + "try again.",
                        capitalize(where.get()), length, MAX_PARAGRAPH_CHARS));
            }
            addBuilt(paragraph, where);
        } else {
            addBuilt(builder.build(), where);
        }
    }

    private void addBuilt(@Nullable ImportedParagraph paragraph, Supplier<String> where) {
        if (paragraph == null) {
            return;
        }
        if (paragraphs.size() == MAX_PARAGRAPHS) {
            throw new StatementImportException(format(
                    "The statement has too many paragraphs: at most %,d can be imported, and %s is one more. Split "
                            + "the statement into several files and import them separately.",
                    MAX_PARAGRAPHS, where.get()));
        }
        paragraphs.add(paragraph);
    }

    /** Paragraphs added so far. */
    int count() {
        return paragraphs.size();
    }

    ImportedDocument document() {
        return new ImportedDocument(paragraphs);
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ENGLISH, pattern, args);
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
