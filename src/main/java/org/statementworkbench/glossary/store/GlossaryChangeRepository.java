package org.statementworkbench.glossary.store;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface GlossaryChangeRepository extends JpaRepository<GlossaryChangeEntry, Long> {

    List<GlossaryChangeEntry> findByConceptIdOrderByChangedAtDescIdDesc(long conceptId);
}
