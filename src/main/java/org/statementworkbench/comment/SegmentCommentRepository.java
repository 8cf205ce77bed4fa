package org.statementworkbench.comment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface SegmentCommentRepository
        extends JpaRepository<SegmentComment, Long>, JpaSpecificationExecutor<SegmentComment> {

    List<SegmentComment> findByIdIn(Collection<Long> ids);
}
