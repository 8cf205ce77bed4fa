package org.statementworkbench.base.events;

/**
 * Where modules publish their {@link DomainEvent}s. The default hands them to the listeners in this process;
 * another implementation can also carry them to other servers, whose listeners then hear them as if published
 * there (outside a transaction), without any listener changing.
 */
public interface DomainEvents {

    /** Announces {@code event}; listeners hear it after the current transaction commits (at once without one). */
    void publish(DomainEvent event);
}
