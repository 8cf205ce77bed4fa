package org.statementworkbench.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.checks.CheckId;
import org.statementworkbench.base.checks.Issue;
import org.statementworkbench.base.checks.Severity;
import org.statementworkbench.base.checks.Span;

/** The same repository and migration checks, run against MariaDB and against the embedded H2. */
@Transactional
abstract class StatementPersistenceContract {

    @Autowired
    StatementRepository statements;

    @Autowired
    SegmentRepository segments;

    @Autowired
    SegmentTranslationRepository translations;

    @Autowired
    StatementService statementService;

    @Autowired
    SegmentRevisionRepository revisions;

    @Autowired
    TranslationService translationService;

    @Autowired
    EntityManager em;

    @Autowired
    JdbcTemplate jdbc;

    /** The database this variant must really be talking to. */
    abstract String expectedDatabaseProduct();

    @Test
    void theTestTalksToTheIntendedDatabase() throws java.sql.SQLException {
        try (var c = jdbc.getDataSource().getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualToIgnoringCase(expectedDatabaseProduct());
        }
    }

    @Test
    void flywayAppliedEveryMigrationAndHibernateAcceptsTheSchema() {
        List<String> versions = jdbc.queryForList(
                "select version from flyway_schema_history where success = true order by installed_rank", String.class);
        assertThat(versions).contains("1", "2");
    }

    @Test
    @WithMockUser(roles = "TRANSLATOR")
    void statementsSegmentsAndTranslationsRoundTripInAllSixScripts() {
        var statement = new Statement(
                "Statement by Egypt on agenda item 3",
                UnLanguage.EN,
                EnumSet.of(UnLanguage.AR, UnLanguage.ZH, UnLanguage.RU));
        statement.describe(new StatementDetails(
                "E/CN.15/2022/L.5/Rev.1",
                "Commission on Crime Prevention and Criminal Justice",
                "thirty-first session",
                "3",
                "Ms. Example",
                "Egypt",
                LocalDate.of(2022, 5, 16)));
        statements.saveAndFlush(statement);
        var s1 = segments.save(new Segment(statement, 1, 1, "Member States reaffirmed their commitment."));
        var s2 = segments.save(new Segment(statement, 2, 1, "The Commission adopted draft resolution A/RES/76/1."));
        var ar = new SegmentTranslation(s1, UnLanguage.AR);
        ar.update("وأكدت الدول الأعضاء من جديد التزامها.", SegmentStatus.TRANSLATED, "amina", Instant.now());
        var zh = new SegmentTranslation(s1, UnLanguage.ZH);
        zh.update("会员国重申其承诺。", SegmentStatus.DRAFT, "li.wei", Instant.now());
        var ru = new SegmentTranslation(s2, UnLanguage.RU);
        ru.update("Комиссия приняла проект резолюции A/RES/76/1.", SegmentStatus.APPROVED, "olga", Instant.now());
        translations.saveAll(List.of(ar, zh, ru));
        translations.flush();

        long id = statement.getId();
        assertThat(translations.findByStatementAndLanguage(id, UnLanguage.AR))
                .singleElement()
                .extracting(SegmentTranslation::getTargetText)
                .isEqualTo("وأكدت الدول الأعضاء من جديد التزامها.");
        assertThat(jdbc.queryForObject(
                        "select target_text from segment_translation where id = ?", String.class, zh.getId()))
                .isEqualTo("会员国重申其承诺。");

        StatementSummary summary = statementService.listStatements().stream()
                .filter(s -> s.id() == id)
                .findFirst()
                .orElseThrow();
        assertThat(summary.segments()).isEqualTo(2);
        assertThat(summary.details().documentSymbol()).isEqualTo("E/CN.15/2022/L.5/Rev.1");
        LanguageProgress arabic = summary.progress().stream()
                .filter(p -> p.language() == UnLanguage.AR)
                .findFirst()
                .orElseThrow();
        assertThat(arabic.done()).isEqualTo(1);
        assertThat(arabic.count(SegmentStatus.NEW)).isEqualTo(1);
        LanguageProgress chinese = summary.progress().stream()
                .filter(p -> p.language() == UnLanguage.ZH)
                .findFirst()
                .orElseThrow();
        assertThat(chinese.count(SegmentStatus.DRAFT)).isEqualTo(1);
        assertThat(chinese.doneRatio()).isZero();
    }

    @Test
    void theDatabaseRefusesASecondTranslationOfASegmentIntoTheSameLanguage() {
        var statement =
                statements.saveAndFlush(new Statement("Duplicate check", UnLanguage.FR, EnumSet.of(UnLanguage.EN)));
        var segment = segments.saveAndFlush(new Segment(statement, 1, 1, "Monsieur le Président,"));
        translations.saveAndFlush(new SegmentTranslation(segment, UnLanguage.EN));
        assertThatThrownBy(() -> translations.saveAndFlush(new SegmentTranslation(segment, UnLanguage.EN)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void entitiesRejectInvalidState() {
        assertThatThrownBy(() -> new Statement("Bad", UnLanguage.EN, EnumSet.of(UnLanguage.EN)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source language");
        assertThatThrownBy(() -> new Statement("  ", UnLanguage.EN, EnumSet.of(UnLanguage.FR)))
                .isInstanceOf(IllegalArgumentException.class);
        var statement = new Statement("Ok", UnLanguage.EN, EnumSet.of(UnLanguage.FR));
        assertThatThrownBy(() -> new Segment(statement, 1, 1, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Segment(statement, 1, 1, "x".repeat(Segment.TEXT_MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithMockUser(roles = "REVIEWER")
    void anApprovalOverrideKeepsEachProblemAsARowWithItsCheckSeverityMessageAndSpans() {
        var statement =
                statements.saveAndFlush(new Statement("Override rows", UnLanguage.EN, EnumSet.of(UnLanguage.FR)));
        var segment = segments.saveAndFlush(new Segment(statement, 1, 1, "The Security Council met today."));
        var translation = new SegmentTranslation(segment, UnLanguage.FR);
        String text = "Le Conseil s'est réuni aujourd'hui.";
        translation.update(text, SegmentStatus.APPROVED, "rev", Instant.now());
        translations.saveAndFlush(translation);
        var missing = new Issue(
                CheckId.term("missing"),
                Severity.ERROR,
                "“Security Council” should be translated as “Conseil de sécurité”.",
                new Span(4, 20),
                null,
                "un-000123");
        var grammar = new Issue(
                CheckId.languageTool("ACCORD_NOMBRE"),
                Severity.ERROR,
                "Accord: le nom\net l'adjectif.",
                null,
                new Span(3, 10));
        var revision =
                new SegmentRevision(translation.getId(), 1, text, SegmentStatus.APPROVED, "rev", Instant.now(), null);
        revision.overrode("The short form is right after the full name.", List.of(missing, grammar));
        revisions.saveAndFlush(revision);
        var again =
                new SegmentRevision(translation.getId(), 2, text, SegmentStatus.APPROVED, "rev", Instant.now(), null);
        again.overrode("Approved again after the glossary changed.", List.of(missing));
        revisions.saveAndFlush(again);
        em.clear();

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select position, check_id, severity, message, subject, source_start, source_end, target_start,"
                        + " target_end from approval_override_issue where revision_id = ? order by position",
                revision.toRevision().id());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0))
                .containsEntry("check_id", "term.missing")
                .containsEntry("severity", "error")
                .containsEntry("message", missing.message())
                .containsEntry("subject", "un-000123")
                .containsEntry("source_start", 4)
                .containsEntry("source_end", 20)
                .containsEntry("target_start", null)
                .containsEntry("target_end", null);
        assertThat(rows.get(1))
                .containsEntry("check_id", "lt.ACCORD_NOMBRE")
                .containsEntry("subject", null)
                .containsEntry("source_start", null)
                .containsEntry("target_start", 3)
                .containsEntry("target_end", 10);

        List<ApprovalOverride> overrides = translationService.overrides(statement.getId(), UnLanguage.FR);
        assertThat(overrides)
                .extracting(
                        ApprovalOverride::revisionNo,
                        o -> o.overriddenProblems().size())
                .containsExactly(tuple(1, 2), tuple(2, 1));
        assertThat(overrides.getFirst()).satisfies(o -> {
            assertThat(o.overriddenProblems()).containsExactly(missing, grammar);
            assertThat(o.overrode(CheckId.term("missing"), missing.message())).isTrue();
            assertThat(o.describedProblems())
                    .containsExactly("term.missing: " + missing.message(), "lt.ACCORD_NOMBRE: " + grammar.message());
        });

        jdbc.update(
                "delete from segment_revision where id = ?",
                revision.toRevision().id());
        assertThat(jdbc.queryForObject(
                        "select count(*) from approval_override_issue where revision_id = ?",
                        Integer.class,
                        revision.toRevision().id()))
                .isZero();
    }
}
