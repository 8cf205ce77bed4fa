package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.editor.SegmentChecks;
import org.statementworkbench.qa.CheckProfile;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.MultiLanguageRow;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentRow;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.TranslationState;

/**
 * The issue filter's lists are computed on the issue filter's threads as the signed-in user, never on the thread
 * that reads the list: that one gets the previous list (or none) at once, the ready list comes back to it as a UI
 * update, and stays until a segment of its language is saved.
 */
@SpringBootTest
class SegmentQaTest {

    @Autowired
    TestData data;

    @Autowired
    SegmentChecks checks;

    @Autowired
    org.statementworkbench.statement.TranslationService translations;

    @Autowired
    IssueFilterExecutor issueFilterThreads;

    long statementId;
    TranslationState wrongNumber = TranslationState.unsaved();
    List<SegmentRow> french = List.of();

    /** The tasks handed to the worker, not run until the test passes them on. */
    final List<Runnable> held = Collections.synchronizedList(new ArrayList<>());

    /** The UI updates the worker asked for, and the threads it asked from. */
    final Queue<Runnable> uiUpdates = new ConcurrentLinkedQueue<>();

    final List<String> askedFrom = Collections.synchronizedList(new ArrayList<>());

    final AtomicReference<IssueFilter> filter = new AtomicReference<>(IssueFilter.NONE);
    SegmentQa qa;

    @BeforeEach
    void statement() {
        String reviewer = data.reviewer(TestData.unique("qa-async-rev"), "Jean Martin", UnLanguage.FR);
        statementId = data.statement(TestData.unique("SDG targets"))
                .into(UnLanguage.FR)
                .paragraphs(IssueFilterViewTest.MATERNAL, IssueFilterViewTest.EDUCATION, IssueFilterViewTest.NEONATAL)
                .create();
        TestSignIn.as(reviewer, Role.REVIEWER);
        french = data.rows(statementId, UnLanguage.FR);
        // a wrong number (an error), two spaces in a row (a warning), a right translation
        wrongNumber = data.translate(
                french.get(0).segmentId(),
                UnLanguage.FR,
                IssueFilterViewTest.MATERNAL_FR.replace("100 000", "10 000"),
                SegmentStatus.TRANSLATED);
        data.translate(
                french.get(1).segmentId(),
                UnLanguage.FR,
                IssueFilterViewTest.EDUCATION_FR.replace("tout au", "tout  au"),
                SegmentStatus.TRANSLATED);
        data.translate(
                french.get(2).segmentId(), UnLanguage.FR, IssueFilterViewTest.NEONATAL_FR, SegmentStatus.TRANSLATED);
        qa = new SegmentQa(checks, translations, filter::get, held::add, () -> command -> {
            askedFrom.add(Thread.currentThread().getName());
            uiUpdates.add(command);
        });
        qa.open(UnLanguage.EN, CheckProfile.UN_DEFAULT);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private List<Integer> numbers() {
        return qa.rows(statementId, UnLanguage.FR, SegmentQuery.all(), 0, 100).stream()
                .map(MultiLanguageRow::number)
                .toList();
    }

    /** Passes the held tasks to the issue filter's threads and runs the UI updates they ask for, as push would. */
    private void runHeldTasks() {
        List<Runnable> tasks;
        synchronized (held) {
            tasks = List.copyOf(held);
            held.clear();
        }
        tasks.forEach(issueFilterThreads::execute);
        await().atMost(Duration.ofSeconds(20)).pollInSameThread().until(() -> {
            for (Runnable update; (update = uiUpdates.poll()) != null; ) {
                update.run();
            }
            return !qa.checking();
        });
    }

    @Test
    void theReadingThreadGetsNothingAtOnceAndTheListComesFromTheIssueFilterThreads() {
        filter.set(new IssueFilter(true, null));

        // the reading thread returns before any check ran: the task is still held
        assertThat(qa.count(statementId, UnLanguage.FR, SegmentQuery.all())).isZero();
        assertThat(numbers()).isEmpty();
        assertThat(qa.checking()).isTrue();
        assertThat(held).hasSize(1);
        assertThat(uiUpdates).isEmpty();

        runHeldTasks();
        assertThat(askedFrom).isNotEmpty().allSatisfy(name -> assertThat(name).startsWith("issue-filter-"));
        assertThat(numbers()).containsExactly(1);
        assertThat(qa.positionOf(statementId, UnLanguage.FR, SegmentQuery.all(), 3))
                .isEqualTo(1);

        // one family only: the segment with two spaces in a row
        filter.set(new IssueFilter(false, "space"));
        assertThat(numbers()).isEmpty();
        runHeldTasks();
        assertThat(numbers()).containsExactly(2);

        // the same filter again is ready at once: nothing is computed
        filter.set(new IssueFilter(true, null));
        assertThat(numbers()).containsExactly(1);
        assertThat(qa.checking()).isFalse();
        assertThat(held).isEmpty();
    }

    @Test
    void aSaveOfItsLanguageComputesTheListAgainShowingTheOldOneMeanwhile() {
        filter.set(new IssueFilter(true, null));
        numbers();
        runHeldTasks();
        assertThat(numbers()).containsExactly(1);

        // a save in another language leaves the French list as it is
        qa.saved(french.get(0).segmentId(), UnLanguage.AR, null);
        assertThat(numbers()).containsExactly(1);
        assertThat(held).isEmpty();

        var fixed = translations.save(new SaveTranslation(
                french.get(0).segmentId(),
                UnLanguage.FR,
                IssueFilterViewTest.MATERNAL_FR,
                SegmentStatus.TRANSLATED,
                wrongNumber.version()));
        qa.saved(french.get(0).segmentId(), UnLanguage.FR, fixed);
        List<MultiLanguageRow> meanwhile = qa.rows(statementId, UnLanguage.FR, SegmentQuery.all(), 0, 100);
        assertThat(meanwhile)
                .singleElement()
                .satisfies(r -> assertThat(r.target(UnLanguage.FR).text()).isEqualTo(IssueFilterViewTest.MATERNAL_FR));
        assertThat(qa.checking()).isTrue();

        runHeldTasks();
        assertThat(numbers()).isEmpty();
    }

    @Test
    void aNewFilterCancelsTheListUnderWayAndItIsNeverShown() {
        filter.set(new IssueFilter(true, null));
        numbers();
        filter.set(new IssueFilter(false, "space"));
        numbers();
        assertThat(held).hasSize(2);

        runHeldTasks();
        assertThat(numbers()).containsExactly(2);
        filter.set(new IssueFilter(true, null));
        assertThat(numbers()).as("the cancelled list was not kept").isEmpty();
        assertThat(qa.checking()).isTrue();

        filter.set(IssueFilter.NONE);
        assertThat(numbers()).as("the filter off stops its checks").containsExactly(1, 2, 3);
        assertThat(qa.checking()).isFalse();
    }
}
