package org.statementworkbench.glossary;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.statementworkbench.base.UnLanguage;

/**
 * The terminology the checks enforce at one glossary revision: the approved terms (and, as hints, the proposed ones)
 * of the concepts in use, per UN language ({@link TermEntry}: terms of other languages, such as traditional Chinese
 * {@code zh-Hant}, are not enforced and have none). Immutable; loaded and published by {@link ApprovedGlossary}.
 *
 * @param revision the glossary revision the terms are from (-1: no glossary loaded yet)
 */
public record GlossarySnapshot(long revision, Map<UnLanguage, List<TermEntry>> terms) {

    /** No glossary: no terms. */
    public static final GlossarySnapshot EMPTY = new GlossarySnapshot(-1, Map.of());

    public GlossarySnapshot {
        EnumMap<UnLanguage, List<TermEntry>> copy = new EnumMap<>(UnLanguage.class);
        terms.forEach((language, list) -> copy.put(language, List.copyOf(list)));
        terms = Collections.unmodifiableMap(copy);
    }

    /** The snapshot of these terms, grouped by language. */
    public static GlossarySnapshot of(long revision, Collection<TermEntry> entries) {
        EnumMap<UnLanguage, List<TermEntry>> byLanguage = new EnumMap<>(UnLanguage.class);
        for (TermEntry t : entries) {
            byLanguage.computeIfAbsent(t.language(), k -> new ArrayList<>()).add(t);
        }
        return new GlossarySnapshot(revision, byLanguage);
    }

    /** The terms of one language, in glossary order. */
    public List<TermEntry> terms(UnLanguage language) {
        return terms.getOrDefault(language, List.of());
    }

    /** The terms of every language. */
    public List<TermEntry> all() {
        return terms.values().stream().flatMap(List::stream).toList();
    }

    /** How many terms. */
    public int size() {
        return terms.values().stream().mapToInt(List::size).sum();
    }
}
