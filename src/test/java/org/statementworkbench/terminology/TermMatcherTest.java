package org.statementworkbench.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.statementworkbench.glossary.TermEntry;

/**
 * Golden cases of term recognition in the six languages: inflection (Russian cases, Spanish and French agreement),
 * Arabic clitics and article, French elision, Chinese without spaces, case-sensitive acronyms, multi-word and
 * overlapping terms. Terms are UN usage (see glossary/un-glossary.csv); sentences are UN-style wording. Each case is
 * a glossary, a sentence and the hits it must give ("found text -> concept", in text order).
 */
class TermMatcherTest {

    private static long ids;

    private static final List<TermEntry> RUSSIAN = terms(
            "ru",
            "Совет Безопасности",
            "Генеральная Ассамблея",
            "государства-члены",
            "устойчивое развитие",
            "Комиссия по предупреждению преступности и уголовному правосудию");
    private static final List<TermEntry> RUSSIAN_CSAM = List.of(term(6, "ru", "детская порнография"));
    private static final List<TermEntry> ARABIC_BODIES =
            terms("ar", "مجلس الأمن", "الجمعية العامة", "لجنة منع الجريمة والعدالة الجنائية", "الدول الأعضاء");
    private static final List<TermEntry> ARABIC_SUFFIXES =
            terms("ar", "التنوع البيولوجي", "لقاح", "الاستراتيجية الوطنية", "الاتفاقية", "قرار");
    private static final List<TermEntry> ARABIC_BROKEN_PLURALS =
            terms("ar", "الجريمة السيبرانية", "مجلس", "تكنولوجيا المعلومات والاتصالات", "الجريمة المنظمة");
    private static final List<TermEntry> CHINESE_COVID = terms("zh", "2019冠状病毒病大流行", "抗击2019冠状病毒病（COVID-19）全球团结");
    private static final List<TermEntry> ENGLISH_COVID = List.of(term(3, "en", "coronavirus disease pandemic"));
    private static final List<TermEntry> FRENCH = terms(
            "fr",
            "Assemblée générale",
            "États Membres",
            "Office des Nations Unies contre la drogue et le crime",
            "Nations Unies",
            "criminalité transnationale organisée");
    private static final List<TermEntry> SPANISH =
            terms("es", "Estados Miembros", "Naciones Unidas", "delincuencia organizada transnacional", "Estado parte");
    private static final List<TermEntry> CHINESE = terms("zh", "联合国", "安全理事会", "大会", "大会主席", "联合国毒品和犯罪问题办公室");
    private static final List<TermEntry> ENGLISH = List.of(
            term(1, "en", "Security Council"),
            term(2, "en", "Member States"),
            acronym(3, "en", "WHO"),
            term(4, "en", "United Nations"),
            term(5, "en", "United Nations Office on Drugs and Crime"),
            acronym(6, "en", "UNODC"),
            term(7, "en", "draft resolution"));
    private static final List<TermEntry> SHARED_TEXT = terms("en", "decision", "decision");
    private static final List<TermEntry> RATIFICATION = terms("en", "ratification");
    private static final List<TermEntry> COUNTRIES = terms("en", "developing countries", "least developed countries");

    /** Preferred full-form terms of concepts 1, 2, 3... in this order. */
    private static List<TermEntry> terms(String language, String... texts) {
        List<TermEntry> terms = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            terms.add(term(i + 1, language, texts[i]));
        }
        return List.copyOf(terms);
    }

    private static TermEntry term(long concept, String language, String text) {
        return TestTerms.preferred(concept, ++ids, language, text);
    }

    private static TermEntry acronym(long concept, String language, String text) {
        return TestTerms.acronym(concept, ++ids, language, text);
    }

    private static TermMatcher matcher(String language, TermEntry... terms) {
        return matcher(language, List.of(terms));
    }

    private static TermMatcher matcher(String language, List<TermEntry> terms) {
        return new TermMatcher(Analyzers.forLanguage(language), terms);
    }

    /** "found text -> concept" for each hit, in text order. */
    private static List<String> hits(TermMatcher m, String text) {
        List<String> out = new ArrayList<>();
        for (TermHit h : m.find(text)) {
            assertThat(text.substring(h.start(), h.end())).isEqualTo(h.found());
            out.add(h.found() + " -> " + h.term().conceptId());
        }
        return out;
    }

    private static Arguments hit(String why, String language, List<TermEntry> terms, String text, String... found) {
        return Arguments.of(why, language, terms, text, List.of(found));
    }

    static Stream<Arguments> goldenHits() {
        return Stream.of(
                // Russian cases and hyphenated compounds
                hit(
                        "Russian cases, hyphenated compound",
                        "ru",
                        RUSSIAN,
                        "Члены Совета Безопасности призвали государства-члены содействовать достижению целей "
                                + "в области устойчивого развития.",
                        "Совета Безопасности -> 1",
                        "государства-члены -> 3",
                        "устойчивого развития -> 4"),
                hit(
                        "Russian dative, genitive plural",
                        "ru",
                        RUSSIAN,
                        "Доклад был представлен Генеральной Ассамблее и Совету Безопасности по просьбе "
                                + "государств-членов.",
                        "Генеральной Ассамблее -> 2",
                        "Совету Безопасности -> 1",
                        "государств-членов -> 3"),
                hit(
                        "Russian long body name",
                        "ru",
                        RUSSIAN,
                        "Председатель Комиссии по предупреждению преступности и уголовному правосудию "
                                + "открыл сессию.",
                        "Комиссии по предупреждению преступности и уголовному правосудию -> 5"),
                hit(
                        "Russian instrumental",
                        "ru",
                        RUSSIAN_CSAM,
                        "Растет число преступлений, связанных с детской порнографией.",
                        "детской порнографией -> 6"),
                // one word of a multi-word term alone is not the term
                hit("Russian: one word of a term alone", "ru", RUSSIAN, "Совет принял решение; безопасность важна."),
                // Arabic conjunctions, prepositions and the article
                hit(
                        "Arabic li- and wa-",
                        "ar",
                        ARABIC_BODIES,
                        "وقُدِّم التقرير لمجلس الأمن والجمعية العامة.",
                        "لمجلس الأمن -> 1",
                        "والجمعية العامة -> 2"),
                hit(
                        "Arabic long body name",
                        "ar",
                        ARABIC_BODIES,
                        "قدمت الأمانة مذكرة إلى لجنة منع الجريمة والعدالة الجنائية.",
                        "لجنة منع الجريمة والعدالة الجنائية -> 3"),
                // ل + اللجنة is written للجنة; diacritics and tatweel are ignored
                hit(
                        "Arabic li- with the article, tatweel",
                        "ar",
                        ARABIC_BODIES,
                        "وقدمت الدول الأعضاء تقاريرها للجنة منع الجريمة والعـدالة الجنائية.",
                        "الدول الأعضاء -> 4",
                        "للجنة منع الجريمة والعـدالة الجنائية -> 3"),
                hit("Arabic: words of terms apart", "ar", ARABIC_BODIES, "قرر المجلس ذلك بشأن الأمن."),
                // Arabic possessive suffixes, feminine sound plurals and duals
                // SDG 15.4 "including their biodiversity"; SDG 3.8 "medicines and vaccines"
                hit(
                        "Arabic possessive suffix",
                        "ar",
                        ARABIC_SUFFIXES,
                        "كفالة حفظ النظم الإيكولوجية الجبلية، بما في ذلك تنوعها البيولوجي",
                        "تنوعها البيولوجي -> 1"),
                hit(
                        "Arabic feminine sound plural",
                        "ar",
                        ARABIC_SUFFIXES,
                        "وإمكانية حصول الجميع على الأدوية واللقاحات الأساسية",
                        "واللقاحات -> 2"),
                // ta marbuta is written ت before a pronoun: استراتيجيتها (its strategy)
                hit(
                        "Arabic ta marbuta before a pronoun",
                        "ar",
                        ARABIC_SUFFIXES,
                        "اعتمدت الحكومة استراتيجيتها الوطنية لمكافحة الفساد",
                        "استراتيجيتها الوطنية -> 3"),
                // dual: the two conventions; plural: resolutions
                hit("Arabic dual", "ar", ARABIC_SUFFIXES, "وصدقت الدولة على الاتفاقيتين", "الاتفاقيتين -> 4"),
                hit("Arabic plural", "ar", ARABIC_SUFFIXES, "ونفذت قرارات مجلس الأمن", "قرارات -> 5"),
                // a word that only begins like a term is not the term
                hit("Arabic: a word that begins like a term", "ar", ARABIC_SUFFIXES, "عقدت اللقاءات والاجتماعات"),
                // Arabic broken plurals meet their singular through LanguageTool's dictionary
                // فعائل to فعيلة, with the article and with a conjunction and a preposition
                hit(
                        "Arabic broken plural with the article",
                        "ar",
                        ARABIC_BROKEN_PLURALS,
                        "تزايدت الجرائم السيبرانية التي تستهدف القصّر",
                        "الجرائم السيبرانية -> 1"),
                hit(
                        "Arabic broken plurals with clitics",
                        "ar",
                        ARABIC_BROKEN_PLURALS,
                        "ومكافحة الجرائم المنظمة وللجرائم السيبرانية",
                        "الجرائم المنظمة -> 4",
                        "وللجرائم السيبرانية -> 1"),
                // مفاعل to مفعل
                hit(
                        "Arabic broken plural mafa'il",
                        "ar",
                        ARABIC_BROKEN_PLURALS,
                        "اجتمعت المجالس الوطنية",
                        "المجالس -> 2"),
                // the sound feminine plural of a noun in -يا
                hit(
                        "Arabic plural of a noun in -ya",
                        "ar",
                        ARABIC_BROKEN_PLURALS,
                        "استخدام تكنولوجيات المعلومات والاتصالات",
                        "تكنولوجيات المعلومات والاتصالات -> 3"),
                // a parenthetical inside a term does not break it, and parentheses match either width
                hit(
                        "Chinese parenthetical, full width",
                        "zh",
                        CHINESE_COVID,
                        "2019冠状病毒病（COVID-19）大流行加剧了这一问题。",
                        "2019冠状病毒病（COVID-19）大流行 -> 1"),
                hit(
                        "Chinese parenthetical, half width",
                        "zh",
                        CHINESE_COVID,
                        "2019冠状病毒病(COVID-19)大流行加剧了这一问题。",
                        "2019冠状病毒病(COVID-19)大流行 -> 1"),
                // a term holding parentheses (the title of resolution 74/270) matches either width
                hit(
                        "Chinese term with parentheses, half width in the text",
                        "zh",
                        CHINESE_COVID,
                        "大会通过了抗击2019冠状病毒病(COVID-19)全球团结决议。",
                        "抗击2019冠状病毒病(COVID-19)全球团结 -> 2"),
                hit(
                        "Chinese term with parentheses, full width in the text",
                        "zh",
                        CHINESE_COVID,
                        "大会通过了抗击2019冠状病毒病（COVID-19）全球团结决议。",
                        "抗击2019冠状病毒病（COVID-19）全球团结 -> 2"),
                // the parenthetical is only skipped inside a term: after a term's end it is not part of it
                hit("Chinese parenthetical after a term's end", "zh", CHINESE_COVID, "2019冠状病毒病（COVID-19）加剧了问题。"),
                hit(
                        "English parenthetical inside a term",
                        "en",
                        ENGLISH_COVID,
                        "The coronavirus disease (COVID-19) pandemic has spread.",
                        "coronavirus disease (COVID-19) pandemic -> 3"),
                hit(
                        "English parenthetical after a term's end",
                        "en",
                        ENGLISH_COVID,
                        "The coronavirus disease (COVID-19) has spread."),
                // verbs render their noun loosely but are not term hits
                hit("English verb of a term", "en", RATIFICATION, "States ratifying the Convention"),
                // French elision, accents and agreement
                hit(
                        "French elision with an apostrophe",
                        "fr",
                        FRENCH,
                        "Le rapport a été présenté à l'Assemblée générale par les États Membres.",
                        "Assemblée générale -> 1",
                        "États Membres -> 2"),
                hit(
                        "French elision with a typographic apostrophe",
                        "fr",
                        FRENCH,
                        "Les experts de l’Office des Nations Unies contre la drogue et le crime ont participé.",
                        "Office des Nations Unies contre la drogue et le crime -> 3"),
                hit(
                        "French agreement",
                        "fr",
                        FRENCH,
                        "La lutte contre la criminalité transnationale organisée concerne l'ensemble des "
                                + "Nations Unies.",
                        "criminalité transnationale organisée -> 5",
                        "Nations Unies -> 4"),
                hit("French capitals without accents", "fr", FRENCH, "ETATS MEMBRES", "ETATS MEMBRES -> 2"),
                // Spanish number and gender
                hit(
                        "Spanish",
                        "es",
                        SPANISH,
                        "Los Estados Miembros de las Naciones Unidas reafirmaron su compromiso de combatir la "
                                + "delincuencia organizada transnacional.",
                        "Estados Miembros -> 1",
                        "Naciones Unidas -> 2",
                        "delincuencia organizada transnacional -> 3"),
                hit(
                        "Spanish plural",
                        "es",
                        SPANISH,
                        "Cada uno de los Estados partes adoptará medidas.",
                        "Estados partes -> 4"),
                // Chinese without spaces: the longest term wins
                hit("Chinese without spaces", "zh", CHINESE, "联合国安全理事会和大会审议了该报告。", "联合国 -> 1", "安全理事会 -> 2", "大会 -> 3"),
                hit("Chinese: the longest term wins", "zh", CHINESE, "大会主席在会上发言。", "大会主席 -> 4"),
                hit("Chinese long body name", "zh", CHINESE, "联合国毒品和犯罪问题办公室提供了技术援助。", "联合国毒品和犯罪问题办公室 -> 5"),
                // English plurals, possessives, acronyms and overlaps
                hit(
                        "English possessive and singular",
                        "en",
                        ENGLISH,
                        "The Security Council's members and the Member State concerned agreed.",
                        "Security Council -> 1",
                        "Member State -> 2"),
                hit("English acronym", "en", ENGLISH, "Countries who asked WHO for help received it.", "WHO -> 3"),
                hit(
                        "English overlaps",
                        "en",
                        ENGLISH,
                        "The United Nations Office on Drugs and Crime (UNODC) supports the United Nations.",
                        "United Nations Office on Drugs and Crime -> 5",
                        "UNODC -> 6",
                        "United Nations -> 4"),
                hit(
                        "English plural",
                        "en",
                        ENGLISH,
                        "The draft resolutions were adopted; the Council met.",
                        "draft resolutions -> 7"),
                hit("English acronyms are case-sensitive", "en", ENGLISH, "unodc"),
                // terms with shared text report every concept
                hit(
                        "English terms with shared text",
                        "en",
                        SHARED_TEXT,
                        "The decision was adopted.",
                        "decision -> 1",
                        "decision -> 2"),
                hit("no terms", "en", List.of(), "Security Council"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenHits")
    void findsTheTermsOfTheSentence(
            String why, String language, List<TermEntry> terms, String text, List<String> expected) {
        assertThat(hits(matcher(language, terms), text)).containsExactlyElementsOf(expected);
    }

    /** Whether {@code term} is rendered loosely in {@code text}, with the sentence's hits as context or none. */
    record Loose(
            String why,
            String language,
            List<TermEntry> terms,
            String text,
            String term,
            boolean hitsAsContext,
            boolean rendered) {
        @Override
        public String toString() {
            return why;
        }
    }

    static Stream<Loose> looseRenderings() {
        return Stream.of(
                // verbs render their noun loosely; SDG indicator 14.c.1
                new Loose(
                        "English verb of a noun",
                        "en",
                        RATIFICATION,
                        "Number of countries making progress in ratifying, accepting and implementing "
                                + "ocean-related instruments",
                        "ratification",
                        false,
                        true),
                new Loose(
                        "English other verb",
                        "en",
                        RATIFICATION,
                        "Number of countries signing the instruments",
                        "ratification",
                        false,
                        false),
                new Loose(
                        "French verb",
                        "fr",
                        List.of(),
                        "Les États sont invités à ratifier la Convention",
                        "ratification",
                        false,
                        true),
                new Loose(
                        "Spanish participle",
                        "es",
                        List.of(),
                        "Los Estados que han ratificado la Convención",
                        "ratificación",
                        false,
                        true),
                new Loose(
                        "Russian participle",
                        "ru",
                        List.of(),
                        "Государства, ратифицировавшие Конвенцию",
                        "ратификация",
                        false,
                        true),
                new Loose(
                        "Russian other participle",
                        "ru",
                        List.of(),
                        "Государства, подписавшие Конвенцию",
                        "ратификация",
                        false,
                        false),
                // English compounds of a noun and a verbal noun, also as a verb phrase; SDG 16.a
                new Loose(
                        "English compound as a verb phrase",
                        "en",
                        List.of(),
                        "including through international cooperation, for building capacity at all " + "levels",
                        "capacity-building",
                        false,
                        true),
                new Loose(
                        "English compound with a possessive between",
                        "en",
                        List.of(),
                        "women making their own informed decisions",
                        "decision-making",
                        false,
                        true),
                new Loose(
                        "English verb phrase of another noun",
                        "en",
                        List.of(),
                        "for building roads at all levels",
                        "capacity-building",
                        false,
                        false),
                // coordination shares the head noun; SDG 14.6
                new Loose(
                        "coordination shares the head noun",
                        "en",
                        COUNTRIES,
                        "special and differential treatment for developing and least developed countries",
                        "developing countries",
                        true,
                        true),
                new Loose(
                        "two nouns are no coordination",
                        "en",
                        COUNTRIES,
                        "special treatment for developing regions and least developed countries",
                        "developing countries",
                        true,
                        false),
                // a word of another term counts only as the shared last word, right after a conjunction
                new Loose(
                        "a word inside another term",
                        "en",
                        COUNTRIES,
                        "small island developing States and least developed countries",
                        "developing countries",
                        true,
                        false),
                // SDG indicator 16.1.3 in French: "a) ..., b) ... ou c) ..."
                new Loose(
                        "list markers are skipped",
                        "fr",
                        List.of(),
                        "Proportion de la population victime a) de violences physiques, "
                                + "b) psychologiques ou c) sexuelles",
                        "violence sexuelle",
                        false,
                        true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("looseRenderings")
    void rendersTheTermLoosely(Loose c) {
        TermMatcher m = matcher(c.language(), c.terms());
        List<TermHit> context = c.hitsAsContext() ? m.find(c.text()) : List.of();
        assertThat(m.containsLoosely(c.text(), c.term(), 3, context)).isEqualTo(c.rendered());
    }

    @Test
    void arabicBrokenPluralsMeetTheirSingularThroughLanguageToolsDictionary() {
        // a plural pattern whose "singular" is no word of the dictionary gives nothing
        assertThat(ArabicPlurals.get().singulars("اعلان")).isEmpty();
        assertThat(ArabicPlurals.get().singulars("والجرائم")).containsExactly("جريمه");
    }

    @Test
    void findAllKeepsTheTermsThatALongerOverlappingTermHides() {
        TermMatcher m = matcher("en", term(1, "en", "counter-terrorism"), term(2, "en", "terrorism"));
        String text = "Measures to combat terrorism and counter-terrorism strategies";
        assertThat(hits(m, text)).containsExactly("terrorism -> 2", "counter-terrorism -> 1");
        assertThat(m.findAll(text).stream()
                        .map(h -> h.found() + " -> " + h.term().conceptId()))
                .containsExactly("terrorism -> 2", "counter-terrorism -> 1", "terrorism -> 2");
    }

    @Test
    void emptyInputsAreHarmless() {
        TermMatcher m = matcher("en", SHARED_TEXT);
        assertThat(m.find("")).isEmpty();
        assertThat(m.find("  ... ")).isEmpty();
    }
}
