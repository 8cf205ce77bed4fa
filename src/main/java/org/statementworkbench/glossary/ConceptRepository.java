package org.statementworkbench.glossary;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConceptRepository extends JpaRepository<Concept, Long> {

    Optional<Concept> findByExternalId(String externalId);
}
