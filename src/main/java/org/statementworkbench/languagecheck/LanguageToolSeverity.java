package org.statementworkbench.languagecheck;

import java.util.Set;
import org.statementworkbench.base.checks.Severity;

/**
 * The severity of a LanguageTool match as an issue ({@link LanguageMatch#toIssue()}), from its rule's category (LanguageTool 6.8, the six UN
 * languages; language-specific categories included):
 * <ul>
 *   <li>{@code error}: LanguageTool says the words are wrong: spelling, grammar and agreement, confused words;
 *   <li>{@code warning}: probably wrong, a reviewer should look: punctuation, typography, casing, compounding,
 *       semantics, miscellaneous (e.g. a repeated word), and any category not listed here;
 *   <li>{@code info}: style, register and language variety, which a reviewer may take or leave.
 * </ul>
 */
final class LanguageToolSeverity {

    static final Set<String> ERRORS = Set.of(
            // spelling
            "TYPOS",
            "MISSPELLING",
            "MULTITOKEN_SPELLING",
            "DIACRITICS",
            // grammar and agreement
            "GRAMMAR",
            "CAT_GRAMMAIRE",
            "AGREEMENT",
            "AGREEMENT_NOUNS",
            "AGREEMENT_VERBS",
            "CAT_ELISION",
            "INCORRECT_EXPRESSIONS",
            "GRAMMAR_ERROR",
            "GENDER_AGREEMENT",
            "NUMBER_AGREEMENT",
            "COMMON_ERRORS_SYNTAX",
            "SYNTAX_COMMON_ERRORS",
            "COMMON_VERBS_ERRORS",
            "COMMON_ERRORS_ON_ADJECTIVES",
            "COMMON_ERRORS_ON_ONE_WORD_USE",
            // confused words (zh CAT1..CAT5: word, idiom, content-word, function-word and syntax errors)
            "CONFUSED_WORDS",
            "CONFUSIONS",
            "CONFUSIONS2",
            "CAT_HOMONYMES_PARONYMES",
            "CAT1",
            "CAT2",
            "CAT3",
            "CAT4",
            "CAT5");

    static final Set<String> WARNINGS = Set.of(
            "PUNCTUATION",
            "PONCTUATION_POINT",
            "PONCTUATION_VIRGULE",
            "PONCTUATION_STYLE_OS",
            "TYPOGRAPHY",
            "CAT_TYPOGRAPHIE",
            "ACCURATE_TYPOGRAPHY",
            "WRITING_STYLE",
            "CASING",
            "CAT_MAJUSCULES",
            "COMPOUNDING",
            "SEMANTICS",
            "LOGIC",
            "MISC",
            "REPETITIONS",
            "CONTEXT",
            "PREPOSITIONS",
            "COLLOCATIONS",
            "NONSTANDARD_PHRASES",
            "PROPER_NOUNS",
            "FALSE_FRIENDS",
            "CAT_TOURS_CRITIQUES",
            "CAT_MARQUES_DE_COMMERCE",
            "CAMBIOS_NORMA",
            "DIACRITICS_EXPERIMENTAL",
            "EXTEND",
            "TO_REVIEW",
            "TEST_NEW_FEATURES");

    static final Set<String> INFOS = Set.of(
            "STYLE",
            "REDUNDANCY",
            "REDUNDANCIES",
            "REDUNDENCY_PHRASES",
            "REPETITIONS_STYLE",
            "PLAIN_ENGLISH",
            "CREATIVE_WRITING",
            "TON_ACADEMIC",
            "TEXT_ANALYSIS",
            "WIKIPEDIA",
            "COLLOQUIALISMS",
            "REGIONALISMS",
            "GENDER_NEUTRALITY",
            "AMERICAN_ENGLISH",
            "BRITISH_ENGLISH",
            "BRE_STYLE_OXFORD_SPELLING",
            "LANGUAGE_VARIANTS",
            "PREFERABLE_EXPRESSIONS",
            "WRONG_USE",
            "CAT_ANGLICISMES_FOREIGN_TERMS",
            "CAT_ARCHAISMES",
            "CAT_CALQUES",
            "CAT_PLEONASMES",
            "CAT_REGIONALISMES",
            "CAT_REGLES_DE_BASE");

    private LanguageToolSeverity() {}

    static Severity of(String categoryId) {
        if (ERRORS.contains(categoryId)) {
            return Severity.ERROR;
        }
        return INFOS.contains(categoryId) ? Severity.INFO : Severity.WARNING;
    }

    /** Whether the category is listed above rather than a warning by default. */
    static boolean listed(String categoryId) {
        return ERRORS.contains(categoryId) || WARNINGS.contains(categoryId) || INFOS.contains(categoryId);
    }
}
