package org.statementworkbench.memory;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemoryRepository extends JpaRepository<TranslationMemory, Long> {

    Optional<TranslationMemory> findByName(String name);

    List<TranslationMemory> findAllByOrderByPriorityAscNameAsc();
}
