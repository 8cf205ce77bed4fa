package org.statementworkbench.base;

import java.util.Locale;

/**
 * An enum whose label for people is its constant's name in sentence case: {@code FULL_FORM} is "Full form",
 * {@code APPROVED} "Approved". Such an enum implements this instead of spelling each label out; an enum whose
 * labels differ from its names keeps its own.
 */
public interface SentenceCaseLabel {

    /** The constant's name ({@link Enum#name()}). */
    String name();

    default String label() {
        String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
