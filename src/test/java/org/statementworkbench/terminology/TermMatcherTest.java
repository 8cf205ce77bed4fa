package org.statementworkbench.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.TermEntry;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;

/**
 * Golden cases of term recognition in the six languages: inflection (Russian cases, Spanish and French agreement),
 * Arabic clitics and article, French elision, Chinese without spaces, case-sensitive acronyms, multi-word and
 * overlapping terms. Terms are UN usage (see glossary/un-glossary.csv); sentences are UN-style wording.
 */
class TermMatcherTest {

    private static long ids;

    private static TermEntry term(long concept, String language, String text) {
        return new TermEntry(
                concept,
                "c" + concept,
                ++ids,
                language,
                text,
                TermType.FULL_FORM,
                UsageStatus.PREFERRED,
                false,
                Approval.APPROVED);
    }

    private static TermEntry acronym(long concept, String language, String text) {
        return new TermEntry(
                concept,
                "c" + concept,
                ++ids,
                language,
                text,
                TermType.ACRONYM,
                UsageStatus.ADMITTED,
                true,
                Approval.APPROVED);
    }

    private static TermMatcher matcher(String language, TermEntry... terms) {
        return new TermMatcher(Analyzers.forLanguage(language), List.of(terms));
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

    @Test
    void russianCasesAndHyphenatedCompounds() {
        TermMatcher m = matcher(
                "ru",
                term(1, "ru", "Совет Безопасности"),
                term(2, "ru", "Генеральная Ассамблея"),
                term(3, "ru", "государства-члены"),
                term(4, "ru", "устойчивое развитие"),
                term(5, "ru", "Комиссия по предупреждению преступности и уголовному правосудию"));
        assertThat(hits(
                        m,
                        "Члены Совета Безопасности призвали государства-члены содействовать достижению целей "
                                + "в области устойчивого развития."))
                .containsExactly("Совета Безопасности -> 1", "государства-члены -> 3", "устойчивого развития -> 4");
        assertThat(hits(
                        m,
                        "Доклад был представлен Генеральной Ассамблее и Совету Безопасности по просьбе "
                                + "государств-членов."))
                .containsExactly("Генеральной Ассамблее -> 2", "Совету Безопасности -> 1", "государств-членов -> 3");
        assertThat(hits(
                        m,
                        "Председатель Комиссии по предупреждению преступности и уголовному правосудию "
                                + "открыл сессию."))
                .containsExactly("Комиссии по предупреждению преступности и уголовному правосудию -> 5");
        TermMatcher csam = matcher("ru", term(6, "ru", "детская порнография"));
        assertThat(hits(csam, "Растет число преступлений, связанных с детской порнографией."))
                .containsExactly("детской порнографией -> 6");
        // one word of a multi-word term alone is not the term
        assertThat(hits(m, "Совет принял решение; безопасность важна.")).isEmpty();
    }

    @Test
    void arabicConjunctionsPrepositionsAndTheArticle() {
        TermMatcher m = matcher(
                "ar",
                term(1, "ar", "مجلس الأمن"),
                term(2, "ar", "الجمعية العامة"),
                term(3, "ar", "لجنة منع الجريمة والعدالة الجنائية"),
                term(4, "ar", "الدول الأعضاء"));
        assertThat(hits(m, "وقُدِّم التقرير لمجلس الأمن والجمعية العامة."))
                .containsExactly("لمجلس الأمن -> 1", "والجمعية العامة -> 2");
        assertThat(hits(m, "قدمت الأمانة مذكرة إلى لجنة منع الجريمة والعدالة الجنائية."))
                .containsExactly("لجنة منع الجريمة والعدالة الجنائية -> 3");
        // ل + اللجنة is written للجنة; diacritics and tatweel are ignored
        assertThat(hits(m, "وقدمت الدول الأعضاء تقاريرها للجنة منع الجريمة والعـدالة الجنائية."))
                .containsExactly("الدول الأعضاء -> 4", "للجنة منع الجريمة والعـدالة الجنائية -> 3");
        assertThat(hits(m, "قرر المجلس ذلك بشأن الأمن.")).isEmpty();
    }

    @Test
    void arabicPossessiveSuffixesAndFeminineSoundPluralsAndDuals() {
        TermMatcher m = matcher(
                "ar",
                term(1, "ar", "التنوع البيولوجي"),
                term(2, "ar", "لقاح"),
                term(3, "ar", "الاستراتيجية الوطنية"),
                term(4, "ar", "الاتفاقية"),
                term(5, "ar", "قرار"));
        // SDG 15.4 "including their biodiversity"; SDG 3.8 "medicines and vaccines"
        assertThat(hits(m, "كفالة حفظ النظم الإيكولوجية الجبلية، بما في ذلك تنوعها البيولوجي"))
                .containsExactly("تنوعها البيولوجي -> 1");
        assertThat(hits(m, "وإمكانية حصول الجميع على الأدوية واللقاحات الأساسية"))
                .containsExactly("واللقاحات -> 2");
        // ta marbuta is written ت before a pronoun: استراتيجيتها (its strategy)
        assertThat(hits(m, "اعتمدت الحكومة استراتيجيتها الوطنية لمكافحة الفساد"))
                .containsExactly("استراتيجيتها الوطنية -> 3");
        // dual: the two conventions; plural: resolutions
        assertThat(hits(m, "وصدقت الدولة على الاتفاقيتين")).containsExactly("الاتفاقيتين -> 4");
        assertThat(hits(m, "ونفذت قرارات مجلس الأمن")).containsExactly("قرارات -> 5");
        // a word that only begins like a term is not the term
        assertThat(hits(m, "عقدت اللقاءات والاجتماعات")).isEmpty();
    }

    @Test
    void arabicBrokenPluralsMeetTheirSingularThroughLanguageToolsDictionary() {
        TermMatcher m = matcher(
                "ar",
                term(1, "ar", "الجريمة السيبرانية"),
                term(2, "ar", "مجلس"),
                term(3, "ar", "تكنولوجيا المعلومات والاتصالات"),
                term(4, "ar", "الجريمة المنظمة"));
        // فعائل to فعيلة, with the article and with a conjunction and a preposition
        assertThat(hits(m, "تزايدت الجرائم السيبرانية التي تستهدف القصّر")).containsExactly("الجرائم السيبرانية -> 1");
        assertThat(hits(m, "ومكافحة الجرائم المنظمة وللجرائم السيبرانية"))
                .containsExactly("الجرائم المنظمة -> 4", "وللجرائم السيبرانية -> 1");
        // مفاعل to مفعل
        assertThat(hits(m, "اجتمعت المجالس الوطنية")).containsExactly("المجالس -> 2");
        // the sound feminine plural of a noun in -يا
        assertThat(hits(m, "استخدام تكنولوجيات المعلومات والاتصالات"))
                .containsExactly("تكنولوجيات المعلومات والاتصالات -> 3");
        // a plural pattern whose "singular" is no word of the dictionary gives nothing
        assertThat(ArabicPlurals.get().singulars("اعلان")).isEmpty();
        assertThat(ArabicPlurals.get().singulars("والجرائم")).containsExactly("جريمه");
    }

    @Test
    void aParentheticalInsideATermDoesNotBreakItAndParenthesesMatchEitherWidth() {
        TermMatcher zh = matcher("zh", term(1, "zh", "2019冠状病毒病大流行"), term(2, "zh", "抗击2019冠状病毒病（COVID-19）全球团结"));
        assertThat(hits(zh, "2019冠状病毒病（COVID-19）大流行加剧了这一问题。")).containsExactly("2019冠状病毒病（COVID-19）大流行 -> 1");
        assertThat(hits(zh, "2019冠状病毒病(COVID-19)大流行加剧了这一问题。")).containsExactly("2019冠状病毒病(COVID-19)大流行 -> 1");
        // a term holding parentheses (the title of resolution 74/270) matches either width
        assertThat(hits(zh, "大会通过了抗击2019冠状病毒病(COVID-19)全球团结决议。")).containsExactly("抗击2019冠状病毒病(COVID-19)全球团结 -> 2");
        assertThat(hits(zh, "大会通过了抗击2019冠状病毒病（COVID-19）全球团结决议。")).containsExactly("抗击2019冠状病毒病（COVID-19）全球团结 -> 2");
        // the parenthetical is only skipped inside a term: after a term's end it is not part of it
        assertThat(hits(zh, "2019冠状病毒病（COVID-19）加剧了问题。")).isEmpty();
        TermMatcher en = matcher("en", term(3, "en", "coronavirus disease pandemic"));
        assertThat(hits(en, "The coronavirus disease (COVID-19) pandemic has spread."))
                .containsExactly("coronavirus disease (COVID-19) pandemic -> 3");
        assertThat(hits(en, "The coronavirus disease (COVID-19) has spread.")).isEmpty();
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
    void verbsRenderTheirNounLooselyButAreNotTermHits() {
        TermMatcher en = matcher("en", term(1, "en", "ratification"));
        // SDG indicator 14.c.1
        assertThat(en.containsLoosely(
                        "Number of countries making progress in ratifying, accepting and implementing "
                                + "ocean-related instruments",
                        "ratification",
                        3,
                        List.of()))
                .isTrue();
        assertThat(en.containsLoosely("Number of countries signing the instruments", "ratification", 3, List.of()))
                .isFalse();
        assertThat(hits(en, "States ratifying the Convention")).isEmpty();
        assertThat(matcher("fr")
                        .containsLoosely(
                                "Les États sont invités à ratifier la Convention", "ratification", 3, List.of()))
                .isTrue();
        assertThat(matcher("es")
                        .containsLoosely("Los Estados que han ratificado la Convención", "ratificación", 3, List.of()))
                .isTrue();
        assertThat(matcher("ru")
                        .containsLoosely("Государства, ратифицировавшие Конвенцию", "ратификация", 3, List.of()))
                .isTrue();
        assertThat(matcher("ru").containsLoosely("Государства, подписавшие Конвенцию", "ратификация", 3, List.of()))
                .isFalse();
    }

    @Test
    void englishCompoundsOfANounAndAVerbalNounAlsoAsAVerbPhrase() {
        TermMatcher en = matcher("en");
        // SDG 16.a "for building capacity at all levels"
        assertThat(en.containsLoosely(
                        "including through international cooperation, for building capacity at all " + "levels",
                        "capacity-building",
                        3,
                        List.of()))
                .isTrue();
        assertThat(en.containsLoosely("women making their own informed decisions", "decision-making", 3, List.of()))
                .isTrue();
        assertThat(en.containsLoosely("for building roads at all levels", "capacity-building", 3, List.of()))
                .isFalse();
    }

    @Test
    void coordinationSharesTheHeadNounAndListMarkersAreSkipped() {
        TermMatcher en =
                matcher("en", term(1, "en", "developing countries"), term(2, "en", "least developed countries"));
        // SDG 14.6
        String shared = "special and differential treatment for developing and least developed countries";
        assertThat(en.containsLoosely(shared, "developing countries", 3, en.find(shared)))
                .isTrue();
        String twoNouns = "special treatment for developing regions and least developed countries";
        assertThat(en.containsLoosely(twoNouns, "developing countries", 3, en.find(twoNouns)))
                .isFalse();
        // a word of another term counts only as the shared last word, right after a conjunction
        String inside = "small island developing States and least developed countries";
        assertThat(en.containsLoosely(inside, "developing countries", 3, en.find(inside)))
                .isFalse();
        // SDG indicator 16.1.3 in French: "a) ..., b) ... ou c) ..."
        assertThat(matcher("fr")
                        .containsLoosely(
                                "Proportion de la population victime a) de violences physiques, "
                                        + "b) psychologiques ou c) sexuelles",
                                "violence sexuelle",
                                3,
                                List.of()))
                .isTrue();
    }

    @Test
    void frenchElisionAccentsAndAgreement() {
        TermMatcher m = matcher(
                "fr",
                term(1, "fr", "Assemblée générale"),
                term(2, "fr", "États Membres"),
                term(3, "fr", "Office des Nations Unies contre la drogue et le crime"),
                term(4, "fr", "Nations Unies"),
                term(5, "fr", "criminalité transnationale organisée"));
        assertThat(hits(m, "Le rapport a été présenté à l'Assemblée générale par les États Membres."))
                .containsExactly("Assemblée générale -> 1", "États Membres -> 2");
        assertThat(hits(m, "Les experts de l’Office des Nations Unies contre la drogue et le crime ont participé."))
                .containsExactly("Office des Nations Unies contre la drogue et le crime -> 3");
        assertThat(hits(
                        m,
                        "La lutte contre la criminalité transnationale organisée concerne l'ensemble des "
                                + "Nations Unies."))
                .containsExactly("criminalité transnationale organisée -> 5", "Nations Unies -> 4");
        assertThat(hits(m, "ETATS MEMBRES")).containsExactly("ETATS MEMBRES -> 2");
    }

    @Test
    void spanishNumberAndGender() {
        TermMatcher m = matcher(
                "es",
                term(1, "es", "Estados Miembros"),
                term(2, "es", "Naciones Unidas"),
                term(3, "es", "delincuencia organizada transnacional"),
                term(4, "es", "Estado parte"));
        assertThat(hits(
                        m,
                        "Los Estados Miembros de las Naciones Unidas reafirmaron su compromiso de combatir la "
                                + "delincuencia organizada transnacional."))
                .containsExactly(
                        "Estados Miembros -> 1", "Naciones Unidas -> 2", "delincuencia organizada transnacional -> 3");
        assertThat(hits(m, "Cada uno de los Estados partes adoptará medidas.")).containsExactly("Estados partes -> 4");
    }

    @Test
    void chineseWithoutSpacesLongestTermWins() {
        TermMatcher m = matcher(
                "zh",
                term(1, "zh", "联合国"),
                term(2, "zh", "安全理事会"),
                term(3, "zh", "大会"),
                term(4, "zh", "大会主席"),
                term(5, "zh", "联合国毒品和犯罪问题办公室"));
        assertThat(hits(m, "联合国安全理事会和大会审议了该报告。")).containsExactly("联合国 -> 1", "安全理事会 -> 2", "大会 -> 3");
        assertThat(hits(m, "大会主席在会上发言。")).containsExactly("大会主席 -> 4");
        assertThat(hits(m, "联合国毒品和犯罪问题办公室提供了技术援助。")).containsExactly("联合国毒品和犯罪问题办公室 -> 5");
    }

    @Test
    void englishPluralsPossessivesAcronymsAndOverlaps() {
        TermMatcher m = matcher(
                "en",
                term(1, "en", "Security Council"),
                term(2, "en", "Member States"),
                acronym(3, "en", "WHO"),
                term(4, "en", "United Nations"),
                term(5, "en", "United Nations Office on Drugs and Crime"),
                acronym(6, "en", "UNODC"),
                term(7, "en", "draft resolution"));
        assertThat(hits(m, "The Security Council's members and the Member State concerned agreed."))
                .containsExactly("Security Council -> 1", "Member State -> 2");
        assertThat(hits(m, "Countries who asked WHO for help received it.")).containsExactly("WHO -> 3");
        assertThat(hits(m, "The United Nations Office on Drugs and Crime (UNODC) supports the United Nations."))
                .containsExactly("United Nations Office on Drugs and Crime -> 5", "UNODC -> 6", "United Nations -> 4");
        assertThat(hits(m, "The draft resolutions were adopted; the Council met."))
                .containsExactly("draft resolutions -> 7");
        assertThat(hits(m, "unodc")).isEmpty();
    }

    @Test
    void termsWithSharedTextReportEveryConceptAndEmptyInputsAreHarmless() {
        TermMatcher m = matcher("en", term(1, "en", "decision"), term(2, "en", "decision"));
        assertThat(hits(m, "The decision was adopted.")).containsExactly("decision -> 1", "decision -> 2");
        assertThat(m.find("")).isEmpty();
        assertThat(m.find("  ... ")).isEmpty();
        assertThat(matcher("en").find("Security Council")).isEmpty();
    }
}
