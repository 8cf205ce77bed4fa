package org.statementworkbench.glossary;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProposalRepository extends JpaRepository<Proposal, Long> {

    List<Proposal> findByStateOrderByProposedAtAsc(Approval state);

    List<Proposal> findByProposedByOrderByProposedAtDesc(String proposedBy);
}
