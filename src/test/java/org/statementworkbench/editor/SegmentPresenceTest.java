package org.statementworkbench.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;

/** Who has which segment open: kept per editor, published on every change, only for people signed in. */
@SpringBootTest
@RecordApplicationEvents
class SegmentPresenceTest {

    /** Statement ids of this test only, so editors of other tests in the same context never mix in. */
    private static final AtomicLong STATEMENTS = new AtomicLong(-1_000_000);

    @Autowired
    SegmentPresence presence;

    @Autowired
    TestData data;

    @Autowired
    ApplicationEvents events;

    String amina = "";
    long statement;
    long other;

    @BeforeEach
    void people() {
        amina = "presence-ar-" + System.nanoTime();
        statement = STATEMENTS.decrementAndGet();
        other = STATEMENTS.decrementAndGet();
        data.translator(amina, "Amina Haddad", UnLanguage.AR);
        TestSignIn.as(amina, Role.TRANSLATOR);
    }

    @AfterEach
    void signOut() {
        presence.leave("tab-1");
        presence.leave("tab-2");
        TestSignIn.out();
    }

    /** The presence changes published for this statement, in order. */
    private List<PresenceChanged> changesOf(long statementId) {
        return events.stream(PresenceChanged.class)
                .filter(e -> e.statementId() == statementId)
                .toList();
    }

    @Test
    void openingASegmentShowsTheSignedInPersonThereAndMovingOnLeavesIt() {
        presence.open("tab-1", statement, 11, UnLanguage.AR);
        assertThat(presence.on(statement)).singleElement().satisfies(p -> {
            assertThat(p.username()).isEqualTo(amina);
            assertThat(p.fullName()).isEqualTo("Amina Haddad");
            assertThat(p.segmentId()).isEqualTo(11);
            assertThat(p.language()).isEqualTo(UnLanguage.AR);
        });

        presence.open("tab-1", statement, 12, UnLanguage.AR);
        assertThat(presence.on(statement)).extracting(EditorPresence::segmentId).containsExactly(12L);
        assertThat(changesOf(statement))
                .extracting(e -> e.now() == null ? null : e.now().segmentId())
                .containsExactly(11L, 12L);
    }

    @Test
    void eachTabIsAnEditorOfItsOwnAndLeavingRemovesOnlyThatOne() {
        presence.open("tab-1", statement, 11, UnLanguage.AR);
        presence.open("tab-2", statement, 11, UnLanguage.FR);
        assertThat(presence.on(statement)).extracting(EditorPresence::editorId).containsExactly("tab-1", "tab-2");

        TestSignIn.out();
        presence.leave("tab-1");

        TestSignIn.as(amina, Role.TRANSLATOR);
        assertThat(presence.on(statement)).extracting(EditorPresence::editorId).containsExactly("tab-2");
        assertThat(events.stream(PresenceChanged.class)
                        .filter(e -> e.editorId().equals("tab-1"))
                        .toList()
                        .getLast()
                        .now())
                .isNull();
    }

    @Test
    void goingToAnotherStatementLeavesTheFirstOne() {
        presence.open("tab-1", statement, 11, UnLanguage.AR);
        presence.open("tab-1", other, 21, UnLanguage.AR);

        assertThat(presence.on(statement)).isEmpty();
        assertThat(presence.on(other)).extracting(EditorPresence::segmentId).containsExactly(21L);
        assertThat(changesOf(statement).getLast().now()).isNull();
    }

    @Test
    void reopeningTheSameSegmentPublishesNothingNew() {
        presence.open("tab-1", statement, 11, UnLanguage.AR);
        presence.open("tab-1", statement, 11, UnLanguage.AR);
        assertThat(changesOf(statement)).hasSize(1);
    }

    @Test
    void noOneSignedInMayOpenOrListAndBadEditorIdsAreRefused() {
        assertThatThrownBy(() -> presence.open(" ", statement, 11, UnLanguage.AR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        presence.open("x".repeat(SegmentPresence.MAX_EDITOR_ID + 1), statement, 11, UnLanguage.AR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(presence.on(statement)).isEmpty();

        TestSignIn.out();
        assertThatThrownBy(() -> presence.open("tab-1", statement, 11, UnLanguage.AR))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> presence.on(statement)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
