package org.statementworkbench.terminology;

import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.TermEntry;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;

/** Approved glossary terms for the term-recognition tests; concept n has the external id "cn". */
final class TestTerms {

    private TestTerms() {}

    /** A preferred full form. */
    static TermEntry preferred(long concept, long id, String language, String text) {
        return entry(concept, id, language, text, TermType.FULL_FORM, UsageStatus.PREFERRED, false);
    }

    /** An admitted acronym, matched case and all. */
    static TermEntry acronym(long concept, long id, String language, String text) {
        return entry(concept, id, language, text, TermType.ACRONYM, UsageStatus.ADMITTED, true);
    }

    private static TermEntry entry(
            long concept,
            long id,
            String language,
            String text,
            TermType type,
            UsageStatus status,
            boolean caseSensitive) {
        return new TermEntry(
                concept,
                "c" + concept,
                id,
                UnLanguage.ofCode(language),
                text,
                type,
                status,
                caseSensitive,
                Approval.APPROVED);
    }
}
