package org.statementworkbench.security;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The single row that serializes changes to who is an enabled administrator: {@link UserService} locks it
 * (select ... for update) before counting administrators, so two transactions, on one server or on several,
 * cannot both pass the count and both commit.
 */
@Entity
@Table(name = "admin_guard")
class AdminGuard {

    static final int ID = 1;

    @Id
    private int id = ID;

    protected AdminGuard() {}
}
