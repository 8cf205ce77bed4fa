package org.statementworkbench.statement;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.base.UnLanguage;

/**
 * Exports a statement's translation into one language as .docx, .md or .txt, paragraph by paragraph, with the
 * inline markers turned back into bold and italic (kept as markers in .md, dropped in .txt) and the line breaks of
 * title blocks restored. In .md every other character that Markdown would read as markup (HTML tags, links,
 * headings) is escaped ({@link MarkdownLine}), so the file renders as the text. Segments nobody has translated
 * yet are exported in the source language, and counted. Word files, with a font per script: {@link StatementDocx}.
 */
@Service
public class StatementExportService {

    private final StatementRepository statements;
    private final SegmentRepository segments;
    private final SegmentTranslationRepository translations;

    StatementExportService(
            StatementRepository statements, SegmentRepository segments, SegmentTranslationRepository translations) {
        this.statements = statements;
        this.segments = segments;
        this.translations = translations;
    }

    /** A paragraph as pieces of marked text, each piece starting on a new line or after a space. */
    record Piece(String marked, boolean lineBreakBefore) {}

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ExportedFile export(long statementId, UnLanguage language, ExportFormat format) {
        Statement statement =
                statements.findById(statementId).orElseThrow(() -> new IllegalArgumentException("No such statement."));
        boolean source = language == statement.getSourceLanguage();
        if (!source && !statement.getTargetLanguages().contains(language)) {
            throw new IllegalArgumentException(language.englishName() + " is not a language of this statement.");
        }
        var texts = new java.util.HashMap<Long, String>();
        if (!source) {
            translations.findByStatementAndLanguage(statementId, language).stream()
                    .filter(t -> !t.getTargetText().isBlank())
                    .forEach(t -> texts.put(t.getSegment().getId(), t.getTargetText()));
        }
        List<List<Piece>> paragraphs = new ArrayList<>();
        int untranslated = 0;
        int currentParagraph = -1;
        for (Segment s : segments.findByStatementIdOrderBySeqNo(statementId)) {
            String text = source ? s.getSourceText() : texts.get(s.getId());
            if (text == null) {
                untranslated++;
                text = s.getSourceText();
            }
            if (s.getParagraphIndex() != currentParagraph) {
                paragraphs.add(new ArrayList<>());
                currentParagraph = s.getParagraphIndex();
            }
            paragraphs.getLast().add(new Piece(text, s.isLineBreakBefore()));
        }
        String separator = language == UnLanguage.ZH ? "" : " ";
        byte[] content = switch (format) {
            case MARKDOWN -> text(paragraphs, separator, false).getBytes(StandardCharsets.UTF_8);
            case TEXT -> text(paragraphs, separator, true).getBytes(StandardCharsets.UTF_8);
            case DOCX -> StatementDocx.write(paragraphs, separator, language);
        };
        String name = statement
                .getTitle()
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "")
                .toLowerCase(Locale.ROOT);
        return new ExportedFile(
                (name.isEmpty() ? "statement" : name) + "." + language.code() + "." + format.extension(),
                format.contentType(),
                content,
                untranslated);
    }

    private static String text(List<List<Piece>> paragraphs, String separator, boolean plain) {
        var out = new StringBuilder();
        for (List<Piece> paragraph : paragraphs) {
            for (int i = 0; i < paragraph.size(); i++) {
                Piece p = paragraph.get(i);
                if (i > 0) {
                    out.append(p.lineBreakBefore() ? "\n" : separator);
                }
                boolean lineStart = i == 0 || p.lineBreakBefore();
                out.append(plain ? MarkedText.plain(p.marked()) : MarkdownLine.of(p.marked(), lineStart));
            }
            out.append("\n\n");
        }
        return out.toString();
    }
}
