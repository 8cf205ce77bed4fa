package org.statementworkbench.glossary.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Regional and script variants of the UN languages become the UN codes; other tags stay as they are. */
class LanguageTagsTest {

    @ParameterizedTest
    @CsvSource({
        "en-US,en",
        "en-GB,en",
        "EN_us,en",
        "fr-FR,fr",
        "fr-CA,fr",
        "es-419,es",
        "es-ES,es",
        "ar-SA,ar",
        "ar-EG,ar",
        "ru-RU,ru",
        "zh-Hans,zh",
        "zh-CN,zh",
        "zh-Hans-CN,zh",
        "zh-SG,zh",
        "zh,zh",
        "ar,ar",
        "zh-Hant,zh-Hant",
        "zh-TW,zh-TW",
        "zh-HK,zh-HK",
        "pt-br,pt-BR",
        "de,de",
        "de-AT,de-AT"
    })
    void normalised(String tag, String expected) {
        assertThat(LanguageTags.normalized(tag)).isEqualTo(expected);
    }
}
