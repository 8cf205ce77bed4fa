package org.statementworkbench.memory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A named memory ("Approved statements", "UN reference corpus") and its priority: 1 is consulted first. */
@Entity
@Table(name = "tm_memory")
class TranslationMemory {

    static final int NAME_MAX_LENGTH = 100;

    /** The memory approved segments go to (created by the migration). */
    static final String APPROVED_STATEMENTS = "Approved statements";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = NAME_MAX_LENGTH)
    private String name = "";

    @Column(nullable = false)
    private int priority;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    protected TranslationMemory() {}

    TranslationMemory(String name, int priority, Instant createdAt) {
        setName(name);
        setPriority(priority);
        this.createdAt = createdAt;
    }

    @Nullable
    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    void setName(String name) {
        String stripped = name.strip();
        if (stripped.isEmpty() || stripped.length() > NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("A memory needs a name of 1 to " + NAME_MAX_LENGTH + " characters.");
        }
        this.name = stripped;
    }

    int getPriority() {
        return priority;
    }

    void setPriority(int priority) {
        if (priority < 1) {
            throw new IllegalArgumentException("Priorities start at 1 (consulted first).");
        }
        this.priority = priority;
    }
}
