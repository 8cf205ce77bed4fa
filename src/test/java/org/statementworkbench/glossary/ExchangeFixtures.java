package org.statementworkbench.glossary;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.glossary.exchange.TbxConcept;
import org.statementworkbench.glossary.exchange.TbxWriter;

/** Small glossary files for the exchange tests, built with the TBX writer; terms carry a tag so runs don't meet. */
final class ExchangeFixtures {

    private ExchangeFixtures() {}

    static TermDraft term(String language, String text) {
        return TermDraft.of(language, text, TermType.FULL_FORM, UsageStatus.PREFERRED);
    }

    static TbxConcept concept(@Nullable String id, TermDraft... terms) {
        return new TbxConcept(id, List.of(), Map.of(), List.of(), List.of(), List.of(terms));
    }

    static byte[] tbx(TbxConcept... concepts) {
        return new TbxWriter().write(List.of(concepts), "exchange test");
    }
}
