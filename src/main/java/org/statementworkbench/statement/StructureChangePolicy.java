package org.statementworkbench.statement;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.statementworkbench.base.UnLanguage;
import org.statementworkbench.security.Role;
import org.statementworkbench.security.UserAccount;

/**
 * Who may split or merge segments. A structure change rewrites the translation of every target language that
 * has text in the segments it touches (joined, or left covering only part of the source) and puts them back to
 * Draft, in the name of the person who made the change. So, as a professional tool locks signed-off segments:
 * <ul>
 *   <li>the person must be allowed to edit every language that has text there ({@link TranslationPolicy}); a
 *       translator may restructure freely where only their own languages are translated;</li>
 *   <li>Reviewed or Approved work (in any language, their own too) is never reset silently: only a reviewer or an
 *       administrator may do it, and only after confirming the list of what goes back to Draft.</li>
 * </ul>
 */
final class StructureChangePolicy {

    /** A translation with text in a segment that the change touches. */
    record Affected(
            int segmentNumber,
            UnLanguage language,
            SegmentStatus status,
            @Nullable String updatedBy) {

        boolean signedOff() {
            return status == SegmentStatus.REVIEWED || status == SegmentStatus.APPROVED;
        }

        String describe() {
            return "segment " + segmentNumber + " " + status.label() + " in " + language.englishName()
                    + (updatedBy == null ? "" : " (" + updatedBy + ")");
        }
    }

    private StructureChangePolicy() {}

    /** Translators, reviewers and administrators restructure segments (within the rules below). */
    static boolean mayRestructure(UserAccount user) {
        return user.enabled()
                && (user.hasRole(Role.TRANSLATOR) || user.hasRole(Role.REVIEWER) || user.hasRole(Role.ADMIN));
    }

    /**
     * Why the user may not make the change at all (null: they may, possibly after confirming).
     *
     * @param action what the change does, for the message: "Splitting segment 3", "Merging segments 3 and 4"
     */
    static @Nullable String refusal(UserAccount user, List<Affected> affected, String action) {
        List<UnLanguage> locked = affected.stream()
                .map(Affected::language)
                .distinct()
                .filter(l -> !TranslationPolicy.canEdit(user, l))
                .sorted()
                .toList();
        if (!locked.isEmpty()) {
            return action + " would change the " + names(locked) + " translation" + (locked.size() > 1 ? "s" : "")
                    + ", which you may not edit: splitting and merging change every language. Ask a reviewer or "
                    + "an administrator who works in " + (locked.size() > 1 ? "all of them." : "that language.");
        }
        List<Affected> signedOff = signedOff(affected);
        if (!signedOff.isEmpty() && !TranslationPolicy.canSetStatus(user, SegmentStatus.APPROVED)) {
            return action + " would put reviewed or approved work back to Draft (" + describe(signedOff)
                    + "); only a reviewer may do that.";
        }
        return null;
    }

    /**
     * Refuses the change ({@link AccessDeniedException}) or asks for confirmation
     * ({@link StructureChangeNeedsConfirmation}) unless {@code confirmed}.
     */
    static void require(UserAccount user, List<Affected> affected, String action, boolean confirmed) {
        String refusal = refusal(user, affected, action);
        if (refusal != null) {
            throw new AccessDeniedException(refusal);
        }
        List<Affected> signedOff = signedOff(affected);
        if (!signedOff.isEmpty() && !confirmed) {
            throw new StructureChangeNeedsConfirmation(
                    action + " puts reviewed or approved work back to Draft: " + describe(signedOff) + ".",
                    signedOff.stream().map(Affected::describe).toList());
        }
    }

    private static List<Affected> signedOff(List<Affected> affected) {
        return affected.stream().filter(Affected::signedOff).toList();
    }

    private static String describe(List<Affected> affected) {
        return affected.stream().map(Affected::describe).collect(Collectors.joining(", "));
    }

    private static String names(List<UnLanguage> languages) {
        List<String> names = languages.stream().map(UnLanguage::englishName).toList();
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and "
                + Objects.requireNonNull(names.getLast());
    }
}
