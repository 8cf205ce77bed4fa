package org.statementworkbench.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.statementworkbench.base.UnLanguage;

/**
 * A glossary term keeps its language tag, of any language; only the tags of the six UN languages (after the
 * glossary's normalisation) stand for a {@link UnLanguage}, and only their terms become the checks' entries.
 */
class TermLanguageTest {

    /** The Security Council in a glossary CSV with a regional tag, traditional Chinese and German beside the UN's. */
    static final String CSV = """
            id,en-US,zh-Hant,zh,de,fr
            un-sc,Security Council,安全理事會,安全理事会,Sicherheitsrat,Conseil de sécurité
            """;

    @ParameterizedTest
    @CsvSource({
        "fr,FR",
        "FR,FR",
        "fr-FR,FR",
        "fr-CA,FR",
        "en-US,EN",
        "EN_us,EN",
        "es-419,ES",
        "ar-EG,AR",
        "ru-RU,RU",
        "zh,ZH",
        "zh-Hans,ZH",
        "zh-CN,ZH",
        "zh-SG,ZH"
    })
    void unLanguageTags(String tag, UnLanguage language) {
        assertThat(TermLanguage.unLanguageOf(tag)).contains(language);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-Hant", "zh-TW", "zh-HK", "de", "pt-BR", "und", ""})
    void otherTagsAreNoUnLanguage(String tag) {
        assertThat(TermLanguage.unLanguageOf(tag)).isEmpty();
    }

    @Test
    void termsKeepTheirTagAndKnowTheirUnLanguage() {
        TermDraft traditional = TermDraft.of("zh-Hant", "安全理事會", TermType.FULL_FORM, UsageStatus.PREFERRED);
        TermDraft french = TermDraft.of("fr-FR", "Conseil de sécurité", TermType.FULL_FORM, UsageStatus.PREFERRED);
        assertThat(traditional.languageTag()).isEqualTo("zh-Hant");
        assertThat(traditional.unLanguage()).isEmpty();
        assertThat(french.languageTag()).isEqualTo("fr-FR");
        assertThat(french.unLanguage()).contains(UnLanguage.FR);
    }

    @Test
    void aGlossaryFileGivesEntriesForTheUnLanguagesOnly() {
        var entries = GlossaryFiles.read(CSV.getBytes(StandardCharsets.UTF_8), "un-sc.csv");
        assertThat(entries)
                .extracting(TermEntry::language, TermEntry::text, TermEntry::termId)
                .containsExactly(
                        tuple(UnLanguage.EN, "Security Council", 1L),
                        tuple(UnLanguage.ZH, "安全理事会", 3L),
                        tuple(UnLanguage.FR, "Conseil de sécurité", 5L));
        assertThat(entries).allMatch(e -> e.conceptExternalId().equals("un-sc") && e.approved());
    }
}
