package org.statementworkbench.security;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AdminGuardRepository extends JpaRepository<AdminGuard, Integer> {

    /** Locks the guard row until the calling transaction ends; a second caller waits here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from AdminGuard g where g.id = " + AdminGuard.ID)
    Optional<AdminGuard> lockForChange();
}
