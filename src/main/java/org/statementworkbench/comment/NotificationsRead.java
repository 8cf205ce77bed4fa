package org.statementworkbench.comment;

import org.statementworkbench.base.events.DomainEvent;

/** Published after {@code recipient} read one or all of their notifications, so their other tabs count again. */
public record NotificationsRead(String recipient) implements DomainEvent {}
