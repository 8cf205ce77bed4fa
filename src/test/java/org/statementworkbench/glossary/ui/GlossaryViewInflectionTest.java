package org.statementworkbench.glossary.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.glossary.ConceptDraft;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.GlossaryService;
import org.statementworkbench.glossary.GlossaryTerms;
import org.statementworkbench.glossary.InflectedTermSearch;
import org.statementworkbench.glossary.TermDraft;
import org.statementworkbench.glossary.TermType;
import org.statementworkbench.glossary.UsageStatus;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;

/**
 * A translator types an inflected or clitic form into the glossary search and finds the concept, as the term checks
 * would. The concepts carry a subject field of their own (chosen in the filter), so that the shipped glossary's
 * concepts with the same terms stay out of the list.
 */
@SpringBootTest
class GlossaryViewInflectionTest extends SpringBrowserlessTest {

    @Autowired
    GlossaryService glossary;

    @Autowired
    GlossaryTerms terms;

    @Autowired
    InflectedTermSearch inflected;

    @Autowired
    UserService users;

    String subject = "";
    String translator = "";
    GlossaryConcept cybercrime;
    GlossaryConcept assembly;

    @BeforeEach
    void concepts() throws InterruptedException {
        String tag = "w" + System.nanoTime() % 10_000_000;
        subject = "view inflection " + tag;
        translator = "gwt-" + tag;
        TestSignIn.as("glossary-view-admin", Role.ADMIN);
        users.createUser(new NewUser(
                "gwm-" + tag, "Gloria Manager", "a-long-enough-secret", Set.of(Role.GLOSSARY_MANAGER), Set.of()));
        users.createUser(new NewUser(
                translator,
                "Tarek Translator",
                "a-long-enough-secret",
                Set.of(Role.TRANSLATOR),
                EnumSet.of(UnLanguage.AR, UnLanguage.RU)));
        TestSignIn.as("gwm-" + tag, Role.GLOSSARY_MANAGER);
        cybercrime = concept(
                TermDraft.of("ru", "киберпреступность", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("ar", "الجريمة السيبرانية", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("en", "cybercrime", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("fr", "cybercriminalité", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("es", "delito cibernético", TermType.FULL_FORM, UsageStatus.PREFERRED));
        assembly = concept(
                TermDraft.of("ar", "الجمعية العامة", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("en", "General Assembly", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("fr", "Assemblée générale", TermType.FULL_FORM, UsageStatus.PREFERRED));
        concept(
                TermDraft.of("ar", "الأمن السيبراني", TermType.FULL_FORM, UsageStatus.PREFERRED),
                TermDraft.of("en", "cybersecurity", TermType.FULL_FORM, UsageStatus.PREFERRED));
        long until = System.nanoTime() + 5_000_000_000L;
        while (inflected.revision() < terms.revision() && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        TestSignIn.as(translator, Role.TRANSLATOR);
    }

    /** Signs out only after Vaadin's clean-up, which still runs queued UI updates as this user. */
    @Override
    protected void cleanVaadinEnvironment() {
        try {
            super.cleanVaadinEnvironment();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private GlossaryConcept concept(TermDraft... drafts) {
        return glossary.create(new ConceptDraft(null, 0, null, List.of(subject), null, null, null, List.of(drafts)));
    }

    private List<Long> shown(GlossaryView view) {
        return IntStream.range(0, test(view.grid).size())
                .mapToObj(i -> test(view.grid).getRow(i).id())
                .toList();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
        "киберпреступности, cybercrime",
        "киберпреступностью, cybercrime",
        "للجريمة السيبرانية, cybercrime",
        "للجمعية العامة, assembly",
        "سيبرانية, cybercrime",
        "l'Assemblée générale, assembly",
        "delitos cibernéticos, cybercrime",
        "cybercrimes, cybercrime"
    })
    void anInflectedOrCliticFormFindsItsConcept(String typed, String concept) {
        GlossaryView view = navigate(GlossaryView.class);
        view.subject.setValue(subject);
        test(view.search).setValue(typed);
        long expected = concept.equals("assembly") ? assembly.id() : cybercrime.id();
        assertThat(shown(view)).containsExactly(expected);
        assertThat(view.resultCount.getText()).isEqualTo("1 concept");
        assertThat(GlossaryGrid.preferred(test(view.grid).getRow(0), "ar")).isNotBlank();
    }
}
