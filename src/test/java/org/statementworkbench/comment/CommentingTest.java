package org.statementworkbench.comment;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.security.Role;

/**
 * The set-up of the comment service tests: a {@link CommentedStatement} before each test (its translator signed in),
 * signed out after it, and comments written and notifications counted as a given person.
 */
@RecordApplicationEvents
abstract class CommentingTest {

    @Autowired
    CommentService comments;

    @Autowired
    NotificationService notifications;

    @Autowired
    TestData data;

    @Autowired
    ApplicationEvents events;

    String tag = "";
    String translator = "";
    String colleague = "";
    String reviewer = "";
    long statementId;

    /** The prefix of the people's user names. */
    abstract String prefix();

    @BeforeEach
    void peopleAndStatement() {
        CommentedStatement scene = CommentedStatement.create(data, prefix());
        tag = scene.tag();
        translator = scene.translator();
        colleague = scene.colleague();
        reviewer = scene.reviewer();
        statementId = scene.statementId();
    }

    @AfterEach
    void signOut() {
        TestSignIn.out();
    }

    Comment comment(String by, Role role, NewComment request) {
        TestSignIn.as(by, role);
        return comments.add(request);
    }

    long unread(String who, Role role) {
        TestSignIn.as(who, role);
        return notifications.unreadCount();
    }
}
