package org.statementworkbench.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<WorkbenchUser, Long> {

    Optional<WorkbenchUser> findByUsername(String username);

    boolean existsByUsername(String username);

    List<WorkbenchUser> findByUsernameInAndEnabledTrue(Collection<String> usernames);

    List<WorkbenchUser> findAllByOrderByUsernameAsc();

    @Query(
            "select count(u) from WorkbenchUser u join u.roles r where r = org.statementworkbench.security.Role.ADMIN and u.enabled = true")
    long countActiveAdmins();
}
