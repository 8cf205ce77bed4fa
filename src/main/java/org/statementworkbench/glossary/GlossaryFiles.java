package org.statementworkbench.glossary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.exchange.GlossaryImportException;
import org.statementworkbench.glossary.exchange.ImportFormat;
import org.statementworkbench.glossary.exchange.TbxConcept;

/**
 * A glossary file (TBX v2 or v3, or the glossary CSV) read as term entries, without a database: for tools that
 * check translations against a file. Every term of the file counts as approved; concepts and terms are numbered
 * from 1 in file order, and a concept's external id is its TBX/CSV id (its number when it has none). Only the terms
 * of the six UN languages are entries (language tags normalised as an import stores them: "en-US" is English,
 * "zh-Hant" and "de" are left out), as in the glossary the editor checks against.
 */
public final class GlossaryFiles {

    private GlossaryFiles() {}

    /**
     * The terms of a glossary file; the format is detected from the content ({@link ImportFormat#detect}).
     *
     * @throws IllegalArgumentException with a message naming the line or element at fault
     */
    public static List<TermEntry> read(byte[] content, String fileName) {
        List<TbxConcept> concepts;
        try {
            concepts = ImportFormat.detect(content, fileName).read(content).concepts();
        } catch (GlossaryImportException e) {
            throw new IllegalArgumentException(String.valueOf(e.getMessage()).replace(" Nothing was imported.", ""), e);
        }
        List<TermEntry> entries = new ArrayList<>();
        long conceptId = 0;
        long termId = 0;
        for (TbxConcept c : concepts) {
            conceptId++;
            String externalId = c.id() == null ? String.valueOf(conceptId) : c.id();
            for (TermDraft t : c.terms()) {
                termId++; // numbered over all terms of the file, those left out too
                Optional<UnLanguage> language = t.unLanguage();
                if (language.isPresent()) {
                    entries.add(new TermEntry(
                            conceptId,
                            externalId,
                            termId,
                            language.get(),
                            t.text(),
                            t.type(),
                            t.status(),
                            t.caseSensitive(),
                            Approval.APPROVED));
                }
            }
        }
        return entries;
    }
}
