package org.statementworkbench.statement.importing;

import java.util.List;
import java.util.stream.Collectors;

/** One paragraph of an imported statement: its runs in order. Line breaks inside a paragraph are "\n" in a run. */
public record ImportedParagraph(List<TextRun> runs) {

    public ImportedParagraph {
        runs = List.copyOf(runs);
    }

    public static ImportedParagraph of(TextRun... runs) {
        return new ImportedParagraph(List.of(runs));
    }

    /** The paragraph's text without formatting. */
    public String plainText() {
        return runs.stream().map(TextRun::text).collect(Collectors.joining());
    }
}
