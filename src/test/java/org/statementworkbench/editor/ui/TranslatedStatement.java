package org.statementworkbench.editor.ui;

import java.util.ArrayList;
import java.util.List;
import org.statementworkbench.TestData;
import org.statementworkbench.TestSignIn;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.statement.SegmentStatus;
import org.statementworkbench.statement.TranslationState;

/**
 * The set-up of the review workflow's view tests, one way: a French translator and a French reviewer, and a
 * statement into French whose segments the translator translated ({@link SegmentStatus#TRANSLATED}), one paragraph
 * and one French text each. {@link #create} leaves the translator signed in; {@code saved} holds what each save
 * returned (its version is what a reviewer approves or returns).
 */
record TranslatedStatement(
        String translator, String reviewer, long statementId, List<Long> segments, List<TranslationState> saved) {

    static TranslatedStatement create(TestData data, String name, List<String> sources, List<String> french) {
        String translator = data.translator(TestData.unique(name + "-tr"), "Claire Dubois", UnLanguage.FR);
        String reviewer = data.reviewer(TestData.unique(name + "-rev"), "Jean Martin", UnLanguage.FR);
        long statementId = data.statement(TestData.unique(name))
                .into(UnLanguage.FR)
                .paragraphs(sources)
                .create();
        TestSignIn.as(translator, Role.TRANSLATOR);
        List<Long> segments = data.rows(statementId, UnLanguage.FR).stream()
                .map(r -> r.segmentId())
                .toList();
        List<TranslationState> saved = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            saved.add(data.translate(segments.get(i), UnLanguage.FR, french.get(i), SegmentStatus.TRANSLATED));
        }
        return new TranslatedStatement(translator, reviewer, statementId, segments, saved);
    }
}
