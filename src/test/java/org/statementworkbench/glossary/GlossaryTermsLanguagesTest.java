package org.statementworkbench.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;

/**
 * The glossary stores terms in any language, but the checks get those of the six UN languages only: traditional
 * Chinese ({@code zh-Hant}) is not the UN's Chinese, and German is not checked at all. On MariaDB.
 */
@SpringBootTest
class GlossaryTermsLanguagesTest {

    @Autowired
    GlossaryService glossary;

    @Autowired
    GlossaryTerms terms;

    @Autowired
    TestData data;

    @AfterEach
    void out() {
        TestSignIn.out();
    }

    @Test
    void termsOfOtherLanguagesAreStoredButNotChecked() {
        String tag = "l" + System.nanoTime() % 1_000_000;
        String manager = data.glossaryManager("gm-" + tag, "Gloria Manager");
        TestSignIn.as(manager, Role.GLOSSARY_MANAGER);
        List<TermDraft> drafts =
                new ArrayList<>(TestData.ccpcjTerms("Commission on Crime Prevention and Criminal Justice"));
        drafts.add(TermDraft.of("zh-TW", "預防犯罪和刑事司法委員會", TermType.FULL_FORM, UsageStatus.PREFERRED));
        drafts.add(TermDraft.of(
                "de",
                "Kommission für Verbrechensverhütung und Strafrechtspflege",
                TermType.FULL_FORM,
                UsageStatus.PREFERRED));
        GlossaryConcept c = glossary.create(
                ConceptDraft.newConcept(List.of("crime prevention and criminal justice"), null, drafts));

        assertThat(c.terms())
                .extracting(GlossaryTerm::languageTag)
                .containsExactly("en", "fr", "ar", "zh", "zh-TW", "de");
        assertThat(c.terms(UnLanguage.ZH)).extracting(GlossaryTerm::text).containsExactly("预防犯罪和刑事司法委员会");
        assertThat(c.termsTagged("zh-TW")).extracting(GlossaryTerm::text).containsExactly("預防犯罪和刑事司法委員會");
        assertThat(c.preferredTagged("de"))
                .map(GlossaryTerm::text)
                .contains("Kommission für Verbrechensverhütung und Strafrechtspflege");

        List<TermEntry> entries = terms.snapshot(GlossarySnapshot.EMPTY).all().stream()
                .filter(e -> e.conceptId() == c.id())
                .toList();
        assertThat(entries)
                .extracting(TermEntry::language)
                .containsExactlyInAnyOrder(UnLanguage.EN, UnLanguage.FR, UnLanguage.AR, UnLanguage.ZH);
        assertThat(terms.terms(UnLanguage.ZH))
                .filteredOn(e -> e.conceptId() == c.id())
                .extracting(TermEntry::text)
                .containsExactly("预防犯罪和刑事司法委员会");
    }
}
