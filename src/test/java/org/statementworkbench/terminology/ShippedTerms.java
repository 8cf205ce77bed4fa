package org.statementworkbench.terminology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.TermEntry;
import org.statementworkbench.glossary.exchange.TbxConcept;
import org.statementworkbench.glossary.exchange.TbxReader;
import org.statementworkbench.glossary.exchange.TbxTerm;

/** The shipped glossary (glossary/un-glossary.tbx) as term entries and matchers per language, loaded once. */
final class ShippedTerms {

    private static ShippedTerms instance;

    final Map<String, List<TermEntry>> byLanguage = new HashMap<>();
    final Map<String, TermMatcher> matchers = new HashMap<>();

    private ShippedTerms() {
        try {
            List<TbxConcept> concepts = new TbxReader().read(Files.readAllBytes(Path.of("glossary", "un-glossary.tbx")));
            long conceptId = 0;
            long termId = 0;
            for (TbxConcept c : concepts) {
                conceptId++;
                for (TbxTerm t : c.terms()) {
                    byLanguage.computeIfAbsent(t.language(), k -> new ArrayList<>()).add(new TermEntry(conceptId,
                            String.valueOf(c.id()), ++termId, t.language(), t.text(), t.type(), t.status(),
                            t.caseSensitive(), Approval.APPROVED));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byLanguage.forEach((lang, terms) -> matchers.put(lang, new TermMatcher(Analyzers.forLanguage(lang), terms)));
    }

    static synchronized ShippedTerms get() {
        if (instance == null) {
            instance = new ShippedTerms();
        }
        return instance;
    }

    TermChecker checker(String source, String target) {
        return new TermChecker(matchers.get(source), byLanguage.get(source), matchers.get(target),
                byLanguage.get(target));
    }
}
