package org.statementworkbench.browser;

/**
 * Sustainable Development Goals 1, 5 and 3 in the UN's English, French and Arabic (unstats Open SDG files): the
 * statement the editor's keyboard and unsaved-text tests translate ({@link BrowserTest#sdgGoalsStatement}).
 */
final class SdgGoals {

    /** The three goals in English, one paragraph each, as pasted into the import. */
    static final String ENGLISH = "End poverty in all its forms everywhere\n\n"
            + "Achieve gender equality and empower all women and girls\n\n"
            + "Ensure healthy lives and promote well-being for all at all ages";

    static final String GOAL_1_FR = "Éliminer la pauvreté sous toutes ses formes et partout dans le monde";
    static final String GOAL_5_FR = "Parvenir à l’égalité des sexes et autonomiser toutes les femmes et les filles";
    static final String GOAL_3_FR =
            "Permettre à tous de vivre en bonne santé et promouvoir le bien-être de tous à tout âge";
    static final String GOAL_1_AR = "القضاء على الفقر بجميع أشكاله في كل مكان";
    static final String GOAL_5_AR = "تحقيق المساواة بين الجنسين وتمكين جميع النساء والفتيات";

    private SdgGoals() {}
}
