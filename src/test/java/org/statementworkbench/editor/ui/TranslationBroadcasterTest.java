package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.NewUser;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserService;
import org.statementworkbench.statement.NewStatement;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.SegmentStructureService;
import org.statementworkbench.statement.StatementImportService;
import org.statementworkbench.statement.StatementStructureChanged;
import org.statementworkbench.statement.TranslationSaved;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;

/** Open editors hear about every committed save (and only committed ones), to push it to their browsers. */
@SpringBootTest
class TranslationBroadcasterTest {

    @Autowired TranslationBroadcaster broadcaster;
    @Autowired TranslationService translations;
    @Autowired StatementImportService importService;
    @Autowired UserService users;
    @Autowired SegmentStructureService structureService;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signInAs(String username, Role role) {
        TestSignIn.as(username, role);
    }

    @Test
    void aCommittedSaveReachesRegisteredEditorsButNotUnregisteredOnes() {
        signInAs("broadcast-admin", Role.ADMIN);
        users.createUser(new NewUser("broadcast-es", "Lucía Gómez", "a-long-enough-secret", Set.of(Role.TRANSLATOR),
                Set.of(UnLanguage.ES)));
        long id = importService.importStatement(new NewStatement("Broadcast", null, null, null, null, null, null, null,
                UnLanguage.EN, EnumSet.of(UnLanguage.ES)), importService.readPasted("Thank you."), null);
        signInAs("broadcast-es", Role.TRANSLATOR);
        long segment = translations.rows(id, UnLanguage.ES, SegmentQuery.all(), 0, 1).getFirst().segmentId();

        List<TranslationSaved> heard = new CopyOnWriteArrayList<>();
        var registration = broadcaster.register(heard::add);
        TranslationState saved = translations.save(new SaveTranslation(segment, UnLanguage.ES, "Gracias.",
                SegmentStatus.TRANSLATED, TranslationState.UNSAVED_VERSION));
        registration.remove();
        translations.save(new SaveTranslation(segment, UnLanguage.ES, "Muchas gracias.", SegmentStatus.TRANSLATED,
                saved.version()));

        assertThat(heard).singleElement().satisfies(e -> {
            assertThat(e.statementId()).isEqualTo(id);
            assertThat(e.segmentId()).isEqualTo(segment);
            assertThat(e.state().text()).isEqualTo("Gracias.");
            assertThat(e.state().updatedBy()).isEqualTo("broadcast-es");
        });

        List<StatementStructureChanged> structure = new CopyOnWriteArrayList<>();
        var structureRegistration = broadcaster.registerStructure(structure::add);
        long only = translations.rows(id, UnLanguage.ES, SegmentQuery.all(), 0, 1).getFirst().segmentId();
        structureService.split(only, "Thank\n you.");
        structureRegistration.remove();
        assertThat(structure).extracting(StatementStructureChanged::statementId).containsExactly(id);
    }
}
