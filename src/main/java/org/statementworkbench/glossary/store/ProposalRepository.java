package org.statementworkbench.glossary.store;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.statementworkbench.glossary.Approval;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

    List<Proposal> findByStateOrderByProposedAtAsc(Approval state);

    List<Proposal> findByProposedByOrderByProposedAtDesc(String proposedBy);
}
