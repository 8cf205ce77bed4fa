package org.statementworkbench.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.ApprovedTranslations;
import org.statementworkbench.statement.ApprovedTranslations.Approval;
import org.statementworkbench.statement.ReviewService;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentApproved;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;

/**
 * No approval is lost on its way into "Approved statements": approvals refused by a full memory queue are recorded
 * from the database once it drains; at start-up, units missing or older than their approval are recorded again; a
 * segment reopened, edited and approved again keeps one unit, with the new text. Wording: SDG targets 16.3, 2.1 and
 * 4.1 in their UN English and French.
 */
@SpringBootTest
class ApprovedSegmentsTest {

    private static final String EN_16_3 = "Promote the rule of law at the national and international levels and"
            + " ensure equal access to justice for all";
    private static final String FR_16_3 = "Promouvoir l’état de droit dans l’ordre interne et international et"
            + " garantir à tous un égal accès à la justice";
    private static final String EN_2_1 = "By 2030, end hunger and ensure access by all people, in particular the"
            + " poor and people in vulnerable situations, including infants, to safe, nutritious and sufficient food"
            + " all year round";
    private static final String FR_2_1 = "D’ici à 2030, éliminer la faim et faire en sorte que chacun, en particulier"
            + " les pauvres et les personnes en situation vulnérable, y compris les nourrissons, ait accès tout au long"
            + " de l’année à une alimentation saine, nutritive et suffisante";
    private static final String EN_4_1 = "By 2030, ensure that all girls and boys complete free, equitable and"
            + " quality primary and secondary education leading to relevant and effective learning outcomes";
    private static final String FR_4_1 = "D’ici à 2030, faire en sorte que toutes les filles et tous les garçons"
            + " suivent, sur un pied d’égalité, un cycle complet d’enseignement primaire et secondaire gratuit et de"
            + " qualité, qui débouche sur un apprentissage véritablement utile";

    @Autowired
    TestData data;

    @Autowired
    TranslationService translations;

    @Autowired
    ReviewService reviews;

    @Autowired
    MemoryExecutor executor;

    @Autowired
    ApprovedSegments approvedSegments;

    @Autowired
    UnitRepository units;

    @Autowired
    MemoryRepository memories;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnitWriter writer;

    @Autowired
    MemoryIndex index;

    @Autowired
    ApprovedTranslations approvals;

    private String admin = "";

    @AfterEach
    void signOut() {
        TestSignIn.out();
    }

    /** The segments of a new statement of these English paragraphs into French (four eyes off). */
    private List<Long> segments(String... paragraphs) {
        admin = data.admin(TestData.unique("tm-approved"), "Sofia Petrova");
        long statement = data.statement(TestData.unique("Approved segments"))
                .into(UnLanguage.FR)
                .paragraphs(paragraphs)
                .create();
        data.fourEyesOff(statement);
        return data.asAdmin(() -> data.rows(statement, UnLanguage.FR)).stream()
                .map(SegmentRow::segmentId)
                .toList();
    }

    /** Approves over the approval gates (the QA checks are not what this test is about). */
    private TranslationState approve(long segment, String text, long baseVersion) {
        TestSignIn.as(admin, Role.ADMIN);
        return translations.approveOverriding(
                new SaveTranslation(segment, UnLanguage.FR, text, SegmentStatus.APPROVED, baseVersion),
                "The wording is that of the UN translation of the target.");
    }

    private long approvedStatements() {
        return Objects.requireNonNull(memories.findByName(TranslationMemory.APPROVED_STATEMENTS)
                .orElseThrow()
                .getId());
    }

    /** The segment's units in "Approved statements" (one at most), with their texts. */
    private List<TranslationUnit> unitsOf(long segment) {
        return units.findByMemoryIdAndSegmentIdIn(approvedStatements(), List.of(segment));
    }

    private Optional<String> french(long segment) {
        return unitsOf(segment).stream().findFirst().map(u -> u.texts().get(UnLanguage.FR));
    }

    /** A catch-up on the memory's writer thread (the only one that writes units), waited for. */
    private int catchUp() throws Exception {
        return executor.submit(approvedSegments::catchUp).get(60, TimeUnit.SECONDS);
    }

    @Test
    void approvalsRefusedByAFullQueueBecomeUnitsOnceItDrains() throws InterruptedException {
        List<Long> segments = segments(EN_16_3, EN_2_1, EN_4_1);
        var running = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        executor.execute(() -> {
            running.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            while (executor.getQueue().remainingCapacity() > 0) {
                executor.execute(() -> {});
            }
            List<String> french = List.of(FR_16_3, FR_2_1, FR_4_1);
            for (int i = 0; i < segments.size(); i++) {
                approve(segments.get(i), french.get(i), TranslationState.UNSAVED_VERSION);
            }
            // the writer is blocked and its queue full: nothing recorded, no approval queued
            assertThat(segments).allSatisfy(s -> assertThat(unitsOf(s)).isEmpty());
            assertThat(executor.getQueue().remainingCapacity()).isZero();
        } finally {
            release.countDown();
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(segments.stream().map(this::french))
                        .containsExactly(Optional.of(FR_16_3), Optional.of(FR_2_1), Optional.of(FR_4_1)));
        TranslationUnit unit = unitsOf(segments.getFirst()).getFirst();
        assertThat(unit.texts()).isEqualTo(Map.of(UnLanguage.EN, EN_16_3, UnLanguage.FR, FR_16_3));
        assertThat(unit.text(UnLanguage.FR).orElseThrow().getAuthor()).isEqualTo(admin);
    }

    @Test
    void anApprovalTheWriterCouldNotRecordIsRecordedByALaterRetry() {
        long segment = segments(EN_4_1).getFirst();
        approve(segment, FR_4_1, TranslationState.UNSAVED_VERSION);
        await().atMost(Duration.ofSeconds(30)).until(() -> french(segment).isPresent());
        long unit = Objects.requireNonNull(unitsOf(segment).getFirst().getId());
        jdbc.update("delete from tm_unit_text where unit_id = ?", unit);
        jdbc.update("delete from tm_unit where id = ?", unit);

        // the recording fails once, as when a large TMX import holds the revision lock past the lock wait timeout
        var failures = new java.util.concurrent.atomic.AtomicInteger(1);
        UnitWriter failingOnce = new UnitWriter(memories, units) {
            @Override
            long record(SegmentApproved approved) {
                if (failures.getAndDecrement() > 0) {
                    throw new org.springframework.dao.CannotAcquireLockException(
                            "Lock wait timeout exceeded; try restarting transaction");
                }
                return writer.record(approved);
            }

            @Override
            List<Approval> notRecorded(List<Approval> page) {
                return writer.notRecorded(page);
            }
        };
        var retrying = new ApprovedSegments(failingOnce, index, executor, approvals, Duration.ofMillis(300));
        retrying.on(approvals.approval(segment, UnLanguage.FR).orElseThrow());
        await().atMost(Duration.ofSeconds(60)).until(() -> french(segment).equals(Optional.of(FR_4_1)));
        assertThat(failures.get()).as("asked again after the failure").isNegative();
    }

    @Test
    void atStartUpUnitsMissingOrOlderThanTheirApprovalAreRecorded() throws Exception {
        List<Long> segments = segments(EN_16_3, EN_2_1);
        long lost = segments.get(0);
        long stale = segments.get(1);
        approve(lost, FR_16_3, TranslationState.UNSAVED_VERSION);
        approve(stale, FR_2_1, TranslationState.UNSAVED_VERSION);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> french(lost).isPresent() && french(stale).isPresent());

        // as if the server had stopped before recording them: one unit gone, one with an earlier text
        long lostUnit = Objects.requireNonNull(unitsOf(lost).getFirst().getId());
        jdbc.update("delete from tm_unit_text where unit_id = ?", lostUnit);
        jdbc.update("delete from tm_unit where id = ?", lostUnit);
        long staleUnit = Objects.requireNonNull(unitsOf(stale).getFirst().getId());
        jdbc.update(
                "update tm_unit_text set text = ?, changed_at = ? where unit_id = ? and language = 'fr'",
                "D’ici à 2030, éliminer la faim",
                Timestamp.from(Instant.parse("2020-01-01T00:00:00Z")),
                staleUnit);
        assertThat(french(lost)).isEmpty();
        assertThat(french(stale)).contains("D’ici à 2030, éliminer la faim");

        approvedSegments.atStart();
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(List.of(french(lost), french(stale)))
                        .containsExactly(Optional.of(FR_16_3), Optional.of(FR_2_1)));
        assertThat(unitsOf(stale))
                .singleElement()
                .extracting(TranslationUnit::getId)
                .isEqualTo(staleUnit);
        // what is recorded is not recorded again
        assertThat(catchUp()).isZero();
    }

    @Test
    void aSegmentReopenedEditedAndApprovedAgainKeepsOneUnitWithTheNewText() throws Exception {
        long segment = segments(EN_16_3).getFirst();
        TranslationState first = approve(segment, FR_16_3, TranslationState.UNSAVED_VERSION);
        await().atMost(Duration.ofSeconds(30)).until(() -> french(segment).equals(Optional.of(FR_16_3)));
        long unitId = Objects.requireNonNull(unitsOf(segment).getFirst().getId());

        TestSignIn.as(admin, Role.ADMIN);
        TranslationState reopened = reviews.reopen(
                segment, UnLanguage.FR, first.version(), "The committee asked for the wording of the report.");
        assertThat(reopened.status()).isNotEqualTo(SegmentStatus.APPROVED);
        String edited = "Promouvoir l’état de droit aux niveaux national et international et donner à tous accès"
                + " à la justice dans des conditions d’égalité";
        TranslationState saved = translations.save(
                new SaveTranslation(segment, UnLanguage.FR, edited, SegmentStatus.TRANSLATED, reopened.version()));
        // reopened and edited, not approved: the unit keeps what was approved
        assertThat(catchUp()).isZero();
        assertThat(french(segment)).contains(FR_16_3);

        approve(segment, edited, saved.version());
        await().atMost(Duration.ofSeconds(30)).until(() -> french(segment).equals(Optional.of(edited)));
        assertThat(unitsOf(segment)).singleElement().satisfies(u -> {
            assertThat(u.getId()).isEqualTo(unitId);
            assertThat(u.texts()).containsEntry(UnLanguage.EN, EN_16_3).hasSize(2);
        });
    }
}
