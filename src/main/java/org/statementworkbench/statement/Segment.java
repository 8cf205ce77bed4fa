package org.statementworkbench.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** One sentence (or heading line) of a statement's source text, in document order. */
@Entity
@Table(name = "segment")
class Segment {

    static final int TEXT_MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "statement_id")
    private Statement statement;

    @Column(name = "seq_no", nullable = false)
    private int seqNo;

    @Column(name = "paragraph_index", nullable = false)
    private int paragraphIndex;

    @Column(name = "source_text", nullable = false, length = TEXT_MAX_LENGTH)
    private String sourceText = "";

    /** Words of the source text ({@link WordCount}), kept with it: progress in words sums this column. */
    @Column(name = "word_count", nullable = false)
    private int wordCount;

    @Column(name = "line_break_before", nullable = false)
    private boolean lineBreakBefore;

    /** For JPA only. */
    @SuppressWarnings("NullAway.Init")
    protected Segment() {}

    Segment(Statement statement, int seqNo, int paragraphIndex, String sourceText) {
        if (seqNo < 1 || paragraphIndex < 1) {
            throw new IllegalArgumentException("Segment and paragraph numbers start at 1.");
        }
        this.statement = statement;
        this.seqNo = seqNo;
        this.paragraphIndex = paragraphIndex;
        this.sourceText = checkedText(sourceText);
        this.wordCount = WordCount.of(sourceText);
    }

    static String checkedText(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("A segment cannot be empty.");
        }
        if (text.length() > TEXT_MAX_LENGTH) {
            throw new IllegalArgumentException("A segment has at most " + TEXT_MAX_LENGTH + " characters.");
        }
        return text;
    }

    @Nullable
    Long getId() {
        return id;
    }

    int getSeqNo() {
        return seqNo;
    }

    int getParagraphIndex() {
        return paragraphIndex;
    }

    String getSourceText() {
        return sourceText;
    }

    void setSourceText(String text) {
        this.sourceText = checkedText(text);
        this.wordCount = WordCount.of(text);
    }

    int getWordCount() {
        return wordCount;
    }

    boolean isLineBreakBefore() {
        return lineBreakBefore;
    }

    void setLineBreakBefore(boolean lineBreakBefore) {
        this.lineBreakBefore = lineBreakBefore;
    }

    Statement getStatement() {
        return statement;
    }
}
