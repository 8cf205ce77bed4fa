/**
 * How modules announce changes: an event record implementing {@link DomainEvent}, handed to {@link DomainEvents}
 * (in-process by default) inside the transaction that made the change. Listeners take it after commit with
 * {@code @TransactionalEventListener(phase = AFTER_COMMIT, fallbackExecution = true)}, so a rolled-back change is
 * never announced and an event published outside a transaction (or arriving from another server) still is.
 */
@NullMarked
package org.statementworkbench.base.events;

import org.jspecify.annotations.NullMarked;
