package org.statementworkbench.glossary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.statementworkbench.base.UnLanguage;

/**
 * The one owner of the glossary snapshot: loads once per revision, folds changes arriving during a load into one
 * reload, keeps the last snapshot when a load fails, and makes callers wait (bounded) for an announced change.
 */
class ApprovedGlossaryTest {

    private final ThreadPoolExecutor loader =
            new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>());
    private final List<GlossarySnapshot> published = new CopyOnWriteArrayList<>();
    /** The stored glossary: its revision and whether reading it fails. */
    private final AtomicReference<GlossarySnapshot> stored = new AtomicReference<>(snapshot(1, "cybercrime"));

    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger termReads = new AtomicInteger();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile boolean failing;

    private final UnaryOperator<GlossarySnapshot> database = known -> {
        calls.incrementAndGet();
        try {
            gate.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (failing) {
            throw new IllegalStateException("the database is gone");
        }
        GlossarySnapshot s = stored.get();
        if (s.revision() == known.revision()) {
            return known;
        }
        termReads.incrementAndGet();
        return s;
    };

    private final ApprovedGlossary glossary = new ApprovedGlossary(database, published::add, loader);

    @AfterEach
    void stop() {
        gate.countDown();
        loader.shutdownNow();
    }

    private static GlossarySnapshot snapshot(long revision, String... english) {
        List<TermEntry> terms = new java.util.ArrayList<>();
        for (int i = 0; i < english.length; i++) {
            terms.add(new TermEntry(
                    i,
                    "c" + i,
                    i,
                    UnLanguage.EN,
                    english[i],
                    TermType.FULL_FORM,
                    UsageStatus.PREFERRED,
                    false,
                    Approval.APPROVED));
        }
        return GlossarySnapshot.of(revision, terms);
    }

    @Test
    void theFirstCallLoadsTheGlossaryAndPublishesIt() {
        assertThat(glossary.ifLoaded()).as("nothing loaded yet").isNull();
        GlossarySnapshot now = glossary.now(Duration.ofSeconds(30));
        assertThat(now.revision()).isEqualTo(1);
        assertThat(now.terms(UnLanguage.EN)).extracting(TermEntry::text).containsExactly("cybercrime");
        assertThat(published).containsExactly(now);
        assertThat(glossary.ifLoaded()).isSameAs(now);
    }

    @Test
    void changesArrivingDuringALoadAreFoldedIntoOneReload() {
        glossary.now(Duration.ofSeconds(30));
        gate = new CountDownLatch(1);
        glossary.reload(); // starts, and waits at the gate
        await().atMost(Duration.ofSeconds(10)).until(() -> loaderBusy());
        stored.set(snapshot(2, "cybercrime", "cybersecurity"));
        glossary.reload();
        glossary.reload();
        glossary.reload();
        assertThat(glossary.ifLoaded()).as("a load is in progress").isNull();
        gate.countDown();

        GlossarySnapshot now = glossary.now(Duration.ofSeconds(30));
        assertThat(now.revision()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(10)).until(() -> glossary.ifLoaded() != null);
        assertThat(calls)
                .as("the first load, the one waiting, and one for the three changes after")
                .hasValue(3);
        assertThat(termReads).as("revision 1 once, revision 2 once").hasValue(2);
        assertThat(glossary.reads()).isEqualTo(2);
        assertThat(published).extracting(GlossarySnapshot::revision).containsExactly(1L, 2L);
    }

    @Test
    void aRevisionAlreadyLoadedIsNotReadOrPublishedAgain() {
        glossary.now(Duration.ofSeconds(30));
        glossary.reload();
        await().atMost(Duration.ofSeconds(10)).until(() -> glossary.ifLoaded() != null);
        assertThat(termReads).hasValue(1);
        assertThat(published).hasSize(1);
    }

    @Test
    void aFailedLoadKeepsTheLastSnapshot() {
        GlossarySnapshot first = glossary.now(Duration.ofSeconds(30));
        failing = true;
        stored.set(snapshot(2, "cybersecurity"));
        glossary.reload();
        assertThat(glossary.now(Duration.ofSeconds(30))).isSameAs(first);
        assertThat(glossary.lastLoaded()).isSameAs(first);
        assertThat(published).containsExactly(first);

        failing = false;
        glossary.reload();
        assertThat(glossary.now(Duration.ofSeconds(30)).revision()).isEqualTo(2);
    }

    @Test
    void fromTheMomentAChangeIsAnnouncedCallersWaitForIt() throws Exception {
        glossary.now(Duration.ofSeconds(30));
        gate = new CountDownLatch(1);
        stored.set(snapshot(2, "cybersecurity"));
        glossary.reload();
        assertThat(glossary.now(Duration.ofMillis(50)).revision())
                .as("waiting is bounded: the last snapshot when the new one takes too long")
                .isEqualTo(1);
        var waiting = java.util.concurrent.CompletableFuture.supplyAsync(() -> glossary.now(Duration.ofSeconds(30)));
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(5)).until(() -> !waiting.isDone());
        gate.countDown();
        assertThat(waiting.get(30, TimeUnit.SECONDS).revision()).isEqualTo(2);
    }

    private boolean loaderBusy() {
        return loader.getActiveCount() == 1;
    }
}
