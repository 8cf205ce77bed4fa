package org.statementworkbench.terminology;

import java.util.List;

/**
 * Splits a text of one language into tokens and normalizes them, so that a glossary term (in its dictionary form)
 * and the same term inflected in running text get the same key. Terms and texts go through the same analyzer.
 */
public interface TokenAnalyzer {

    /** Tokens of running text; each may carry several candidate keys. */
    List<Token> text(String text);

    /**
     * Whether the token is an article, preposition or conjunction that running text may drop or change inside a
     * term ("traite des êtres humains" / "traite d'êtres humains"); used only when looking for a term loosely.
     */
    default boolean functionWord(Token token) {
        return false;
    }

    /**
     * Whether the token is a coordinating conjunction ("and", "et", "и"), after which a term may share its last word
     * with the next term ("developing and least developed countries"); used only when looking for a term loosely.
     */
    default boolean conjunction(Token token) {
        return false;
    }

    /**
     * Keys of the noun that the token's verb form names ("ratifying", "ratifier", "ratificado", "ратифицировать" give
     * the key of "ratification"...), so that a verb renders the term loosely; empty for other words. Used only when
     * looking for a term loosely, never to find terms in a text.
     */
    default List<String> nominalKeys(Token token) {
        return List.of();
    }

    /**
     * The term and the other word orders running text may give it (English "capacity-building" as "building
     * capacity"); used only when looking for a term loosely.
     */
    default List<String> looseForms(String term) {
        return List.of(term);
    }

    /** Tokens of a glossary term in its base form: one key each. */
    default List<Token> term(String term) {
        return text(term).stream()
                .map(t -> new Token(t.start(), t.end(), t.surface(), List.of(t.key())))
                .toList();
    }
}
