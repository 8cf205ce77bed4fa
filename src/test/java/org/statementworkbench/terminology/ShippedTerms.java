package org.statementworkbench.terminology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.statementworkbench.glossary.GlossaryFiles;
import org.statementworkbench.glossary.TermEntry;

/** The shipped glossary (glossary/un-glossary.tbx) as term entries and matchers per language, loaded once. */
final class ShippedTerms {

    private static ShippedTerms instance;

    final Map<String, List<TermEntry>> byLanguage = new HashMap<>();
    final Map<String, TermMatcher> matchers = new HashMap<>();

    private ShippedTerms() {
        try {
            for (TermEntry t :
                    GlossaryFiles.read(Files.readAllBytes(Path.of("glossary", "un-glossary.tbx")), "un-glossary.tbx")) {
                byLanguage
                        .computeIfAbsent(t.language().code(), k -> new ArrayList<>())
                        .add(t);
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
        return new TermChecker(
                matchers.get(source), byLanguage.get(source), matchers.get(target), byLanguage.get(target));
    }
}
