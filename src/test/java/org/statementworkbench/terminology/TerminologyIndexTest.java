package org.statementworkbench.terminology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;
import org.statementworkbench.security.Role;

/** The matchers follow the glossary without a restart: a new or retired concept is seen within 2 seconds. */
@SpringBootTest
class TerminologyIndexTest {

    @Autowired
    TerminologyIndex index;

    @Autowired
    GlossaryService glossary;

    @Autowired
    TestData data;

    @AfterEach
    void out() {
        TestSignIn.out();
    }

    @Test
    void aGlossaryChangeReachesTheMatchersInTheBackground() throws InterruptedException {
        String tag = "t" + System.nanoTime() % 1_000_000;
        data.glossaryManager("idx-" + tag, "Ines Index");
        TestSignIn.as("idx-" + tag, Role.GLOSSARY_MANAGER);
        String english = "Zeta Programme " + tag;
        String russian = "Программа Зета " + tag;
        assertThat(index.matcher(UnLanguage.RU).find("Участники Программы Зета " + tag + "."))
                .isEmpty();

        GlossaryConcept c = glossary.create(ConceptDraft.newConcept(
                List.of("test"),
                null,
                List.of(
                        TermDraft.of("en", english, TermType.FULL_FORM, UsageStatus.PREFERRED),
                        TermDraft.of("ru", russian, TermType.FULL_FORM, UsageStatus.PREFERRED))));
        // how fast is the benchmark's business (matcher builds); a timed assertion here only measures the machine's
        // load
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> !index.matcher(UnLanguage.RU)
                        .find("Участники Программы Зета " + tag + ".")
                        .isEmpty());
        assertThat(index.matcher(UnLanguage.RU).find("Участники Программы Зета " + tag + "."))
                .extracting(h -> h.term().conceptId())
                .containsExactly(c.id());
        assertThat(index.checker(UnLanguage.EN, UnLanguage.RU)
                        .check("The " + english + " met.", "Участники встретились.")
                        .issues())
                .extracting(i -> i.check().toString())
                .containsExactly("term.missing");

        glossary.retire(c.id(), c.version(), "test over");
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> index.matcher(UnLanguage.RU)
                        .find("Программа Зета " + tag)
                        .isEmpty());
    }
}
