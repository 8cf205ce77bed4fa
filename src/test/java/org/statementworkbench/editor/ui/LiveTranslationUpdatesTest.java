package org.statementworkbench.editor.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.base.ui.ImmediateUi;
import org.statementworkbench.base.ui.UiBroadcaster.Echo;
import org.statementworkbench.base.ui.UiBroadcasts;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SaveTranslation;
import org.statementworkbench.statement.SegmentQuery;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.SegmentStructureService;
import org.statementworkbench.statement.StatementStructureChanged;
import org.statementworkbench.statement.TranslationSaved;
import org.statementworkbench.statement.TranslationService;
import org.statementworkbench.statement.TranslationState;

/**
 * Open editors hear about every committed save, split and merge through the UI broadcasts, while they are
 * registered, to push it to their browsers.
 */
@SpringBootTest
class LiveTranslationUpdatesTest {

    @Autowired
    UiBroadcasts broadcasts;

    @Autowired
    TranslationService translations;

    @Autowired
    TestData data;

    @Autowired
    SegmentStructureService structureService;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signInAs(String username, Role role) {
        TestSignIn.as(username, role);
    }

    @Test
    void aCommittedSaveReachesRegisteredEditorsButNotUnregisteredOnes() {
        data.translator("broadcast-es", "Lucía Gómez", UnLanguage.ES);
        long id = data.statement("Broadcast")
                .into(UnLanguage.ES)
                .pasted("Thank you.")
                .create();
        signInAs("broadcast-es", Role.TRANSLATOR);
        long segment = translations
                .rows(id, UnLanguage.ES, SegmentQuery.all(), 0, 1)
                .getFirst()
                .segmentId();

        List<TranslationSaved> heard = new CopyOnWriteArrayList<>();
        // another editor stays registered: events arrive in order, so once it has the second save, so would heard
        List<TranslationSaved> stillOpen = new CopyOnWriteArrayList<>();
        var registration = broadcasts.register(TranslationSaved.class, new ImmediateUi(), Echo.SKIP, heard::add);
        var other = broadcasts.register(TranslationSaved.class, new ImmediateUi(), Echo.SKIP, stillOpen::add);
        TranslationState saved = translations.save(new SaveTranslation(
                segment, UnLanguage.ES, "Gracias.", SegmentStatus.TRANSLATED, TranslationState.UNSAVED_VERSION));
        await().until(() -> !heard.isEmpty());
        registration.remove();
        translations.save(new SaveTranslation(
                segment, UnLanguage.ES, "Muchas gracias.", SegmentStatus.TRANSLATED, saved.version()));
        await().until(() -> stillOpen.size() == 2);
        other.remove();

        assertThat(heard).singleElement().satisfies(e -> {
            assertThat(e.statementId()).isEqualTo(id);
            assertThat(e.segmentId()).isEqualTo(segment);
            assertThat(e.state().text()).isEqualTo("Gracias.");
            assertThat(e.state().updatedBy()).isEqualTo("broadcast-es");
        });

        List<StatementStructureChanged> structure = new CopyOnWriteArrayList<>();
        var structureRegistration =
                broadcasts.register(StatementStructureChanged.class, new ImmediateUi(), Echo.SKIP, structure::add);
        long only = translations
                .rows(id, UnLanguage.ES, SegmentQuery.all(), 0, 1)
                .getFirst()
                .segmentId();
        structureService.split(only, "Thank\n you.");
        await().until(() -> !structure.isEmpty());
        structureRegistration.remove();
        assertThat(structure).extracting(StatementStructureChanged::statementId).containsExactly(id);
    }
}
