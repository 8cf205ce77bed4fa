package org.statementworkbench.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;

/**
 * The memory against MariaDB: an approved segment becomes a unit, which every approved language fills, and is found
 * in any pair (French to Arabic); in context at 101; numbers adapted; the index rebuilt when its folder is deleted.
 * Wording: SDG target 16.3 in its UN translations.
 */
@SpringBootTest
class MemoryServiceTest {

    private static final String EN = "Promote the rule of law at the national and international levels and ensure"
            + " equal access to justice for all";
    private static final String FR = "Promouvoir l’état de droit dans l’ordre interne et international et garantir à"
            + " tous un égal accès à la justice";
    private static final String AR =
            "تعزيز سيادة القانون على الصعيدين الوطني والدولي وضمان تكافؤ فرص وصول الجميع" + " إلى العدالة";
    private static final String GOAL_16_EN = "Promote peaceful and inclusive societies for sustainable development,"
            + " provide access to justice for all and build effective, accountable and inclusive institutions at all"
            + " levels";
    private static final String TARGET_2_1_EN = "By 2030, end hunger and ensure access by all people, in particular"
            + " the poor and people in vulnerable situations, including infants, to safe, nutritious and sufficient"
            + " food all year round";
    private static final String TARGET_2_1_FR = "D’ici à 2030, éliminer la faim et faire en sorte que chacun, en"
            + " particulier les pauvres et les personnes en situation vulnérable, y compris les nourrissons, ait accès"
            + " tout au long de l’année à une alimentation saine, nutritive et suffisante";

    @Autowired
    MemoryService memory;

    @Autowired
    MemoryIndex index;

    @Autowired
    TestData data;

    @Autowired
    TranslationService translations;

    @AfterEach
    void signOut() {
        TestSignIn.out();
    }

    /** A statement of these English paragraphs into French and Arabic, approved by one reviewer (four eyes off). */
    private List<SegmentRow> approved(String... paragraphs) {
        long statement = data.statement(TestData.unique("Memory"))
                .into(UnLanguage.FR, UnLanguage.AR)
                .paragraphs(paragraphs)
                .create();
        data.fourEyesOff(statement);
        return data.asAdmin(() -> data.rows(statement, UnLanguage.FR));
    }

    private String admin = "";

    private void approve(long segment, UnLanguage language, String text) {
        approve(segment, language, text, false);
    }

    private void approve(long segment, UnLanguage language, String text, boolean overriding) {
        if (admin.isEmpty()) {
            admin = data.admin(TestData.unique("mem-admin"), "Sofia Petrova");
        }
        TestSignIn.as(admin, Role.ADMIN);
        if (overriding) {
            translations.approveOverriding(
                    new SaveTranslation(
                            segment, language, text, SegmentStatus.APPROVED, TranslationState.UNSAVED_VERSION),
                    "The wording is that of the UN translation of the goal.");
        } else {
            data.translate(segment, language, text, SegmentStatus.APPROVED);
        }
    }

    /** Approves over the approval gates (the QA checks are not what this test is about). */
    private void approveOverriding(long segment, UnLanguage language, String text) {
        approve(segment, language, text, true);
    }

    private List<MemoryMatch> lookup(UnLanguage from, UnLanguage to, String text, String previous) {
        TestSignIn.as(admin, Role.ADMIN);
        return memory.matches(from, to, text, previous, 5, 70);
    }

    @Test
    void anApprovedSegmentIsFoundInAnotherPairAndInContext() {
        var rows = approved(GOAL_16_EN, EN);
        long segment = rows.get(1).segmentId();
        approveOverriding(
                rows.get(0).segmentId(),
                UnLanguage.FR,
                "Promouvoir l’avènement de sociétés pacifiques et ouvertes"
                        + " à tous aux fins du développement durable, assurer l’accès de tous à la justice et mettre en place,"
                        + " à tous les niveaux, des institutions efficaces, responsables et ouvertes à tous");
        approveOverriding(segment, UnLanguage.FR, FR);
        approveOverriding(segment, UnLanguage.AR, AR);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> !lookup(UnLanguage.FR, UnLanguage.AR, FR, "").isEmpty());
        MemoryMatch frAr = lookup(UnLanguage.FR, UnLanguage.AR, FR, "").getFirst();
        assertThat(frAr.score()).isEqualTo(MemoryMatch.EXACT);
        assertThat(frAr.target()).isEqualTo(AR);
        assertThat(frAr.memory()).isEqualTo("Approved statements");
        assertThat(frAr.author()).isEqualTo(admin);

        assertThat(lookup(UnLanguage.EN, UnLanguage.FR, EN, GOAL_16_EN).getFirst())
                .extracting(MemoryMatch::score, MemoryMatch::target)
                .containsExactly(MemoryMatch.IN_CONTEXT, FR);
        // one word fewer ("national and international" → "international"): a fuzzy match of the same unit
        var fuzzy = lookup(UnLanguage.EN, UnLanguage.AR, EN.replace("national and ", ""), "");
        assertThat(fuzzy.getFirst().score()).isBetween(85, 99);
        assertThat(fuzzy.getFirst().target()).isEqualTo(AR);
    }

    @Test
    void onlyNumbersDifferingGivesTheTargetWithTheNumbersAdapted() {
        var rows = approved(TARGET_2_1_EN);
        approve(rows.getFirst().segmentId(), UnLanguage.FR, TARGET_2_1_FR);
        String query = TARGET_2_1_EN.replace("2030", "2035");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !lookup(UnLanguage.EN, UnLanguage.FR, query, "").isEmpty());
        MemoryMatch match = lookup(UnLanguage.EN, UnLanguage.FR, query, "").getFirst();
        assertThat(match.score()).isEqualTo(100 - FuzzyScorer.NUMBER_PENALTY);
        assertThat(match.numbersAdapted()).isTrue();
        assertThat(match.target()).isEqualTo(TARGET_2_1_FR.replace("2030", "2035"));
    }

    @Test
    void lookupsNeedASignedInPerson() {
        assertThatThrownBy(() -> memory.matches(UnLanguage.EN, UnLanguage.FR, EN, null, 5, 70))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        TestSignIn.as(data.translator(TestData.unique("mem-tr"), "Claire Dubois", UnLanguage.FR), Role.TRANSLATOR);
        assertThat(memory.matches(UnLanguage.EN, UnLanguage.FR, "Thank you, Mr. President.", null, 5, 95))
                .allSatisfy(m -> assertThat(m.score()).isGreaterThanOrEqualTo(95));
    }

    @Test
    void theIndexIsRebuiltWhenItsFolderIsDeleted() throws Exception {
        var rows = approved(EN);
        approve(rows.getFirst().segmentId(), UnLanguage.FR, FR);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !lookup(UnLanguage.EN, UnLanguage.FR, EN, "").isEmpty());

        index.close();
        try (Stream<Path> files = Files.walk(index.folder())) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        assertThat(index.folder()).doesNotExist();
        assertThat(lookup(UnLanguage.EN, UnLanguage.FR, EN, "")).isEmpty();

        index.sync();
        assertThat(index.folder()).isDirectory();
        assertThat(lookup(UnLanguage.EN, UnLanguage.FR, EN, "").getFirst().target())
                .isEqualTo(FR);
    }
}
