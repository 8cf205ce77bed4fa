package org.statementworkbench.base.events;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes domain events to the listeners of this process, through Spring's application events. */
@Component
class InProcessDomainEvents implements DomainEvents {

    private final ApplicationEventPublisher publisher;

    InProcessDomainEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void publish(DomainEvent event) {
        publisher.publishEvent(event);
    }
}
