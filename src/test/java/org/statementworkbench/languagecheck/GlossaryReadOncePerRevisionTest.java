package org.statementworkbench.languagecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.ApprovedGlossary;
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.GlossaryTerms;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;
import org.statementworkbench.terminology.TerminologyIndex;

/**
 * One glossary change, one read of the glossary: the term matchers and LanguageTool's glossary filter both build
 * from the snapshot the {@link ApprovedGlossary} loads once per revision.
 */
@SpringBootTest
class GlossaryReadOncePerRevisionTest {

    @Autowired
    ApprovedGlossary approved;

    @Autowired
    GlossaryTerms terms;

    @Autowired
    TerminologyIndex index;

    @Autowired
    LanguageCheckService checks;

    @Autowired
    GlossaryService glossary;

    @Autowired
    UserService users;

    @AfterEach
    void out() {
        TestSignIn.out();
    }

    @Test
    void theTermIndexAndTheLanguageToolFilterShareOneLoadPerRevision() {
        String tag = "r" + System.nanoTime() % 1_000_000;
        TestSignIn.as("once-admin", Role.ADMIN);
        users.createUser(new NewUser(
                "once-" + tag, "Olga Once", "a-long-enough-secret", Set.of(Role.GLOSSARY_MANAGER), Set.of()));
        TestSignIn.as("once-" + tag, Role.GLOSSARY_MANAGER);
        // a first change brings this context's snapshot to the database's revision (other cached test contexts
        // share the database, and their changes are not announced here)
        long first = addConcept("Alpha Programme " + tag);
        await().atMost(Duration.ofSeconds(30)).until(() -> settledAt(first));
        int readsBefore = approved.reads();

        long revision = addConcept("Omega Programme " + tag);

        await().atMost(Duration.ofSeconds(30)).until(() -> settledAt(revision));
        assertThat(approved.reads())
                .as("the glossary was read once for the new revision")
                .isEqualTo(readsBefore + 1);
        assertThat(index.matcher(UnLanguage.EN).find("The Omega Programme " + tag + " met."))
                .isNotEmpty();
    }

    private long addConcept(String english) {
        glossary.create(ConceptDraft.newConcept(
                List.of("test"),
                null,
                List.of(TermDraft.of("en", english, TermType.FULL_FORM, UsageStatus.PREFERRED))));
        return terms.revision();
    }

    private boolean settledAt(long revision) {
        return approved.ifLoaded() != null
                && approved.lastLoaded().revision() == revision
                && index.revision() == revision
                && checks.glossaryRevision() == revision;
    }
}
