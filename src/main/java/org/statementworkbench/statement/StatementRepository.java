package org.statementworkbench.statement;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatementRepository extends JpaRepository<Statement, Long> {

    List<Statement> findByArchivedFalseOrderByCreatedAtDesc();

    List<Statement> findByArchivedTrueOrderByCreatedAtDesc();
}
