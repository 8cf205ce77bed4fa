package org.statementworkbench.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.statement.importing.ImportedDocument;
import org.statementworkbench.statement.importing.ImportedParagraph;
import org.statementworkbench.statement.importing.StatementFileReader;
import org.statementworkbench.statement.importing.StatementImportException;
import org.statementworkbench.statement.segmentation.SentenceSegmenter;

/**
 * Creates a statement from an imported document: splits its paragraphs into sentence segments in the source
 * language and stores them in one transaction, so a failure stores nothing. Segments are written with JDBC
 * batches: a 4,000-segment statement is one statement row and four batches.
 */
@Service
public class StatementImportService {

    static final int BATCH = 1000;

    private final StatementRepository statements;
    private final JdbcTemplate jdbc;
    private final SentenceSegmenter segmenter;
    private final StatementFileReader reader = new StatementFileReader();

    StatementImportService(StatementRepository statements, JdbcTemplate jdbc, SentenceSegmenter segmenter) {
        this.statements = statements;
        this.jdbc = jdbc;
        this.segmenter = segmenter;
    }

    /**
     * Reads an uploaded file (txt, md, docx, html). Throws {@link StatementImportException} with a message for
     * the person who uploaded it when the file can't be read; nothing is stored either way.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportedDocument read(String fileName, byte[] content) {
        return reader.read(fileName, content);
    }

    /** Reads pasted text (Markdown-like: blank lines between paragraphs, **bold**, *italic*). */
    @PreAuthorize("hasRole('ADMIN')")
    public ImportedDocument readPasted(String text) {
        return reader.readPasted(text);
    }

    /** A segment about to be stored. */
    record Draft(int number, int paragraph, String text, boolean lineBreakBefore) {}

    /** Splits the document into the segments an import would store, without storing anything. */
    @PreAuthorize("isAuthenticated()")
    public List<String> preview(ImportedDocument document, org.statementworkbench.base.UnLanguage language, int limit) {
        List<String> texts = new ArrayList<>();
        for (ImportedParagraph p : document.paragraphs()) {
            for (String s : segmenter.segment(p, language)) {
                if (texts.size() >= limit) {
                    return texts;
                }
                texts.add(s);
            }
        }
        return texts;
    }

    /**
     * Imports the statement; {@code progress} receives 0 to 1 as segmentation and storage advance.
     * Returns the new statement's id.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long importStatement(NewStatement details, ImportedDocument document, @Nullable DoubleConsumer progress) {
        DoubleConsumer report = progress == null ? p -> {} : progress;
        var statement = new Statement(details.title(), details.sourceLanguage(), details.targetLanguages());
        if (details.targetLanguages().isEmpty()) {
            throw new IllegalArgumentException("Choose at least one target language.");
        }
        statement.describe(details.details());
        List<Draft> drafts = segment(document, details, report);
        long id = Objects.requireNonNull(statements.saveAndFlush(statement).getId());
        for (int from = 0; from < drafts.size(); from += BATCH) {
            List<Object[]> rows = drafts.subList(from, Math.min(drafts.size(), from + BATCH)).stream()
                    .map(d -> new Object[] {
                        id, d.number(), d.paragraph(), d.text(), WordCount.of(d.text()), d.lineBreakBefore()
                    })
                    .toList();
            jdbc.batchUpdate(
                    "insert into segment (statement_id, seq_no, paragraph_index, source_text, word_count, "
                            + "line_break_before) values (?, ?, ?, ?, ?, ?)",
                    rows);
            report.accept(0.5 + 0.5 * Math.min(drafts.size(), from + BATCH) / drafts.size());
        }
        return id;
    }

    private List<Draft> segment(ImportedDocument document, NewStatement details, DoubleConsumer report) {
        List<Draft> drafts = new ArrayList<>();
        List<ImportedParagraph> paragraphs = document.paragraphs();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (SentenceSegmenter.Piece piece : segmenter.pieces(paragraphs.get(p), details.sourceLanguage())) {
                String text = piece.text();
                if (text.length() > Segment.TEXT_MAX_LENGTH) {
                    throw new IllegalArgumentException("Paragraph " + (p + 1) + " has a sentence of " + text.length()
                            + " characters; the limit is " + Segment.TEXT_MAX_LENGTH + ". Split it and import again.");
                }
                drafts.add(new Draft(drafts.size() + 1, p + 1, text, piece.lineBreakBefore()));
            }
            if (p % 200 == 0) {
                report.accept(0.5 * p / paragraphs.size());
            }
        }
        if (drafts.isEmpty()) {
            throw new IllegalArgumentException("The document has no text to translate.");
        }
        report.accept(0.5);
        return drafts;
    }
}
