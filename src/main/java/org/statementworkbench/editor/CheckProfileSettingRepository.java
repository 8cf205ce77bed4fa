package org.statementworkbench.editor;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CheckProfileSettingRepository extends JpaRepository<CheckProfileSetting, Long> {

    List<CheckProfileSetting> findByStatementId(long statementId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from CheckProfileSetting s where s.statementId = :statementId")
    int deleteByStatement(long statementId);
}
