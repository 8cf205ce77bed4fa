package org.statementworkbench.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.statementworkbench.base.checks.Issue;

/**
 * Each terminology check with good and bad examples, LanguageTool style, on the shipped UN glossary: a bad example
 * raises the check on the expected words, a good one does not raise it.
 */
class TermCheckExamplesTest {

    /** {@code flagged} is the text the issue must point at (in the source or the target); null for a good example. */
    record Example(String check, String from, String to, String source, String target, String flagged) {
        @Override
        public String toString() {
            return check + " " + from + "->" + to + (flagged == null ? " good: " : " bad: ") + target;
        }
    }

    static Example bad(String check, String from, String to, String source, String target, String flagged) {
        return new Example(check, from, to, source, target, flagged);
    }

    static Example good(String check, String from, String to, String source, String target) {
        return new Example(check, from, to, source, target, null);
    }

    static Stream<Example> examples() {
        return Stream.of(
                bad(
                        "term.missing",
                        "en",
                        "fr",
                        "The Security Council adopted the resolution.",
                        "Le Conseil a adopté la résolution.",
                        "Security Council"),
                good(
                        "term.missing",
                        "en",
                        "fr",
                        "The Security Council adopted the resolution.",
                        "Le Conseil de sécurité a adopté la résolution."),
                bad(
                        "term.missing",
                        "en",
                        "ru",
                        "Member States supported the draft resolution.",
                        "Страны поддержали проект резолюции.",
                        "Member States"),
                good(
                        "term.missing",
                        "en",
                        "ru",
                        "Member States supported the draft resolution.",
                        "Государства-члены поддержали проект резолюции."),
                bad(
                        "term.missing",
                        "en",
                        "ar",
                        "The General Assembly adopted the resolution.",
                        "واعتمد المجلس القرار.",
                        "General Assembly"),
                good(
                        "term.missing",
                        "en",
                        "ar",
                        "The General Assembly adopted the resolution.",
                        "واعتمدت الجمعية العامة القرار."),
                bad("term.missing", "en", "zh", "States parties shall cooperate.", "各国应当合作。", "States parties"),
                good("term.missing", "en", "zh", "States parties shall cooperate.", "缔约国应当合作。"),
                bad(
                        "term.missing",
                        "en",
                        "es",
                        "The Commission on Narcotic Drugs met in Vienna.",
                        "La Comisión se reunió en Viena.",
                        "Commission on Narcotic Drugs"),
                good(
                        "term.missing",
                        "en",
                        "es",
                        "The Commission on Narcotic Drugs met in Vienna.",
                        "La Comisión de Estupefacientes se reunió en Viena."),
                bad(
                        "term.missing",
                        "fr",
                        "en",
                        "Les États Membres ont adopté le projet de résolution.",
                        "The countries adopted the draft resolution.",
                        "États Membres"),
                good(
                        "term.missing",
                        "fr",
                        "en",
                        "Les États Membres ont adopté le projet de résolution.",
                        "The Member States adopted the draft resolution."),
                // a term inside a longer target term of a concept the source does not name (SDG 16.a)
                good(
                        "term.missing",
                        "en",
                        "ar",
                        "to prevent violence and combat terrorism and crime",
                        "لمنع العنف ومكافحة الإرهاب والجريمة"),
                // ... but not when the source names the longer concept too: the longer term renders that one
                bad(
                        "term.missing",
                        "en",
                        "zh",
                        "Facilitate infrastructure development in developing countries "
                                + "through support to landlocked developing countries",
                        "向内陆发展中国家提供支持,以促进其基础设施开发",
                        "developing countries"),
                // coordination sharing the head noun (SDG 14.6)
                good(
                        "term.missing",
                        "fr",
                        "en",
                        "un traitement spécial et différencié pour les pays en "
                                + "développement et les pays les moins avancés",
                        "special and differential treatment for developing and least developed countries"),
                bad(
                        "term.missing",
                        "fr",
                        "en",
                        "un traitement spécial et différencié pour les pays en "
                                + "développement et les pays les moins avancés",
                        "special and differential treatment for least developed countries",
                        "pays en développement"),
                // a verb renders its noun (SDG 14.c.1); a compound as a verb phrase (SDG 16.a)
                good(
                        "term.missing",
                        "es",
                        "en",
                        "avanzan en la ratificación de los instrumentos",
                        "making progress in ratifying the instruments"),
                bad(
                        "term.missing",
                        "es",
                        "en",
                        "avanzan en la ratificación de los instrumentos",
                        "making progress in signing the instruments",
                        "ratificación"),
                good("term.missing", "zh", "en", "在各层级提高能力建设", "for building capacity at all levels"),
                bad("term.missing", "zh", "en", "在各层级提高能力建设", "for building roads at all levels", "能力建设"),
                // Arabic plural with conjunction and article; an admitted Russian form from the SDG wording
                good(
                        "term.missing",
                        "en",
                        "ar",
                        "access to medicines and vaccines for all",
                        "حصول الجميع على الأدوية واللقاحات"),
                good(
                        "term.missing",
                        "en",
                        "ru",
                        "increase substantially the share of renewable energy",
                        "значительно увеличить долю энергии из возобновляемых источников"),
                bad(
                        "term.missing",
                        "en",
                        "ru",
                        "increase substantially the share of renewable energy",
                        "значительно увеличить долю энергии",
                        "renewable energy"),
                // a meeting is not the body's session: "afternoon session" is the meeting (demo statement)
                good(
                        "term.missing",
                        "en",
                        "ar",
                        "Agenda item 5 (afternoon session): thematic discussion",
                        "البند 5 من جدول الأعمال (جلسة بعد الظهر): مناقشة مواضيعية"),
                good(
                        "term.missing",
                        "en",
                        "zh",
                        "Agenda item 5 (afternoon session): thematic discussion",
                        "议程项目5（下午会议）：专题讨论"),
                good(
                        "term.missing",
                        "en",
                        "fr",
                        "Agenda item 5 (afternoon session): thematic discussion",
                        "Point 5 de l'ordre du jour (séance de l'après-midi) : débat thématique"),
                good(
                        "term.missing",
                        "en",
                        "ru",
                        "Agenda item 5 (afternoon session): thematic discussion",
                        "Пункт 5 повестки дня (заседание во второй половине дня): тематическое обсуждение"),
                good(
                        "term.missing",
                        "en",
                        "es",
                        "Agenda item 5 (morning session): thematic discussion",
                        "Tema 5 del programa (sesión de la mañana): debate temático"),
                bad(
                        "term.missing",
                        "en",
                        "fr",
                        "Agenda item 5 (afternoon session): thematic discussion",
                        "Point 5 de l'ordre du jour (session de l'après-midi) : débat thématique",
                        "afternoon session"),
                good(
                        "term.missing",
                        "en",
                        "es",
                        "The thirty-first session of the Commission opened.",
                        "Se inauguró el 31º período de sesiones de la Comisión."),
                bad(
                        "term.missing",
                        "en",
                        "ru",
                        "The thirty-first session of the Commission opened.",
                        "Открылось тридцать первое заседание Комиссии.",
                        "session"),
                // "meeting" before an object is the verb, not the meeting
                good(
                        "term.missing",
                        "en",
                        "fr",
                        "Meeting the needs of victims remains a priority.",
                        "Répondre aux besoins des victimes demeure une priorité."),
                good(
                        "term.missing",
                        "en",
                        "es",
                        "We are committed to meeting the targets of the 2030 Agenda.",
                        "Estamos decididos a cumplir las metas de la Agenda 2030."),
                good("term.missing", "en", "fr", "The meeting rose at 1 p.m.", "La séance est levée à 13 heures."),
                bad(
                        "term.missing",
                        "en",
                        "ru",
                        "The meeting rose at 1 p.m.",
                        "Сессия закрывается в 13 ч. 00 м.",
                        "meeting"),
                // "multi-stakeholder" is not "stakeholders" (SDG 17.16.1 wording; demo statement)
                good(
                        "term.missing",
                        "en",
                        "fr",
                        "multi-stakeholder strategies are crucial",
                        "les stratégies multipartites sont essentielles"),
                good(
                        "term.missing",
                        "en",
                        "es",
                        "multi-stakeholder strategies are crucial",
                        "las estrategias de múltiples interesados son fundamentales"),
                bad(
                        "term.missing",
                        "en",
                        "fr",
                        "multi-stakeholder strategies are crucial",
                        "les stratégies nationales sont essentielles",
                        "multi-stakeholder"),
                // an Arabic broken plural meets its singular: الجرائم السيبرانية is cybercrime (demo statement)
                good(
                        "term.missing",
                        "en",
                        "ar",
                        "cybercrime against minors has risen",
                        "تزايدت الجرائم السيبرانية التي تستهدف القصّر"),
                bad(
                        "term.missing",
                        "en",
                        "ar",
                        "cybercrime against minors has risen",
                        "تزايدت الجرائم التي تستهدف القصّر",
                        "cybercrime"),
                // a parenthetical inside a Chinese term, full- or half-width (demo statement)
                good(
                        "term.missing",
                        "en",
                        "zh",
                        "The COVID-19 pandemic has exacerbated the problem.",
                        "2019冠状病毒病（COVID-19）大流行加剧了这一问题。"),
                good(
                        "term.missing",
                        "en",
                        "zh",
                        "The COVID-19 pandemic has exacerbated the problem.",
                        "2019冠状病毒病(COVID-19)大流行加剧了这一问题。"),
                bad(
                        "term.missing",
                        "en",
                        "zh",
                        "The COVID-19 pandemic has exacerbated the problem.",
                        "2019冠状病毒病（COVID-19）加剧了这一问题。",
                        "COVID-19 pandemic"),
                bad(
                        "term.forbidden",
                        "en",
                        "ru",
                        "Offences related to child sexual abuse material are increasing.",
                        "Растет число преступлений, связанных с детской порнографией.",
                        "детской порнографией"),
                bad(
                        "term.forbidden",
                        "en",
                        "fr",
                        "Offences related to child sexual abuse material are increasing.",
                        "Les infractions liées à la pornographie mettant en scène des enfants augmentent.",
                        "pornographie mettant en scène des enfants"),
                good(
                        "term.forbidden",
                        "en",
                        "fr",
                        "Offences related to child sexual abuse material are increasing.",
                        "Les infractions liées aux contenus montrant des atteintes sexuelles sur des enfants "
                                + "augmentent."),
                bad(
                        "term.forbidden",
                        "fr",
                        "en",
                        "Le Président a ouvert la séance.",
                        "The Chairman opened the meeting.",
                        "Chairman"),
                good("term.forbidden", "fr", "en", "Le Président a ouvert la séance.", "The Chair opened the meeting."),
                bad(
                        "term.source-deprecated",
                        "en",
                        "fr",
                        "The new Convention should include provisions criminalizing child pornography.",
                        "",
                        "child pornography"),
                good(
                        "term.source-deprecated",
                        "en",
                        "fr",
                        "The new Convention should include provisions criminalizing child sexual abuse material.",
                        ""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void checkRaisesOnBadExamplesOnly(Example e) {
        TermChecker checker = ShippedTerms.get().checker(e.from(), e.to());
        List<Issue> issues = checker.check(e.source(), e.target()).issues().stream()
                .filter(i -> i.check().toString().equals(e.check()))
                .toList();
        if (e.flagged() == null) {
            assertThat(issues).as("%s", e).isEmpty();
            return;
        }
        assertThat(issues).as("%s", e).isNotEmpty();
        Issue issue = issues.get(0);
        String text = issue.source() != null
                ? e.source().substring(issue.source().start(), issue.source().end())
                : e.target().substring(issue.target().start(), issue.target().end());
        assertThat(text).isEqualTo(e.flagged());
        assertThat(issue.message()).contains("“");
    }

    @Test
    void messagesNameTheApprovedTerms() {
        TermChecker en2ru = ShippedTerms.get().checker("en", "ru");
        assertThat(en2ru.check("Member States agreed.", "Страны согласились.").issues())
                .singleElement()
                .satisfies(i -> assertThat(i.message())
                        .isEqualTo("“Member States” should be translated as " + "“государства-члены”."));
        TermChecker fr2en = ShippedTerms.get().checker("fr", "en");
        assertThat(fr2en.check("Le Président a ouvert la séance.", "The Chairman opened the meeting.")
                        .issues())
                .singleElement()
                .satisfies(i -> {
                    assertThat(i.check()).hasToString("term.forbidden");
                    assertThat(i.message()).isEqualTo("“Chairman” is superseded: use “Chair”.");
                });
    }

    @Test
    void inconsistentRenderingsAcrossAStatementAreWarned() {
        TermChecker en2ru = ShippedTerms.get().checker("en", "ru");
        var first = en2ru.check("Capacity-building is essential.", "Наращивание потенциала имеет большое значение.");
        var second = en2ru.check("We support capacity-building.", "Мы поддерживаем наращивание потенциала.");
        var third = en2ru.check("Capacity-building continues.", "Укрепление потенциала продолжается.");
        var issues = TermChecker.inconsistencies(List.of(first.targetHits(), second.targetHits(), third.targetHits()));
        assertThat(issues).containsOnlyKeys(2);
        assertThat(issues.get(2)).singleElement().satisfies(i -> {
            assertThat(i.check()).hasToString("term.inconsistent");
            assertThat(i.message()).contains("Укрепление потенциала", "наращивание потенциала");
        });
        // the full form beside its acronym is not an inconsistency
        TermChecker en2en = ShippedTerms.get().checker("fr", "en");
        var a = en2en.check("L'Organisation des Nations Unies.", "The United Nations.");
        var b = en2en.check("L'ONU.", "The UN.");
        assertThat(TermChecker.inconsistencies(List.of(a.targetHits(), b.targetHits())))
                .isEmpty();
    }
}
