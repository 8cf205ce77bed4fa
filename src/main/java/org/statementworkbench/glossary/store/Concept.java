package org.statementworkbench.glossary.store;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.glossary.Approval;
import org.statementworkbench.glossary.GlossaryConcept;
import org.statementworkbench.glossary.SearchFolding;
import org.statementworkbench.glossary.TermDraft;

/** A glossary concept: subject fields, definition, note, source and its terms. Retired, never deleted. */
@Entity
@Table(name = "glossary_concept")
public class Concept {

    public static final int TEXT_MAX_LENGTH = 4000;
    public static final int SOURCE_MAX_LENGTH = 2000;
    static final int SUBJECT_MAX_LENGTH = 200;
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\p{L}\\p{N}_.:\\-]{1,128}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "external_id", nullable = false, length = 128)
    private String externalId;

    @Column(length = TEXT_MAX_LENGTH)
    private @Nullable String definition;

    @Column(length = TEXT_MAX_LENGTH)
    private @Nullable String note;

    @Column(length = SOURCE_MAX_LENGTH)
    private @Nullable String source;

    @ElementCollection
    @CollectionTable(name = "glossary_concept_subject", joinColumns = @JoinColumn(name = "concept_id"))
    @Column(name = "subject_field", length = SUBJECT_MAX_LENGTH)
    private Set<String> subjectFields = new LinkedHashSet<>();

    @OneToMany(mappedBy = "concept", cascade = jakarta.persistence.CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Term> terms = new ArrayList<>();

    @Column(name = "retired_at")
    private @Nullable Instant retiredAt;

    @Column(name = "retired_by", length = 64)
    private @Nullable String retiredBy;

    @Column(name = "retired_reason", length = 1000)
    private @Nullable String retiredReason;

    @Column(name = "merged_into_id")
    private @Nullable Long mergedIntoId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    @Version
    private long version;

    /** For JPA only. */
    @SuppressWarnings("NullAway.Init")
    protected Concept() {}

    public Concept(String externalId, String username, Instant when) {
        this.externalId = checkedExternalId(externalId);
        this.createdAt = when;
        this.createdBy = username;
        this.updatedAt = when;
        this.updatedBy = username;
    }

    public static boolean validExternalId(String id) {
        return EXTERNAL_ID.matcher(id).matches();
    }

    public void setExternalId(String externalId) {
        this.externalId = checkedExternalId(externalId);
    }

    private static String checkedExternalId(String externalId) {
        if (!validExternalId(externalId)) {
            throw new IllegalArgumentException("A concept id has 1 to 128 letters, digits, '-', '_', '.' or ':' "
                    + "(got \"" + externalId + "\").");
        }
        return externalId;
    }

    public void describe(
            Collection<String> subjects, @Nullable String definition, @Nullable String note, @Nullable String source) {
        Set<String> clean = subjectFields(subjects);
        this.subjectFields.clear();
        this.subjectFields.addAll(clean);
        this.definition = limited(definition, TEXT_MAX_LENGTH, "A definition");
        this.note = limited(note, TEXT_MAX_LENGTH, "A note");
        this.source = limited(source, SOURCE_MAX_LENGTH, "A source");
    }

    /**
     * Takes in another description (of a concept merged into this one, or of an import merged with it): adds its
     * subject fields, and fills an empty definition, note or source with its own.
     */
    public void describeAlso(
            Collection<String> subjects, @Nullable String definition, @Nullable String note, @Nullable String source) {
        Set<String> all = new LinkedHashSet<>(subjectFields);
        all.addAll(subjects);
        describe(
                all,
                this.definition != null ? this.definition : definition,
                this.note != null ? this.note : note,
                this.source != null ? this.source : source);
    }

    /** The subject fields stripped, without blanks and repeats; refused when one is too long. */
    public static Set<String> subjectFields(Collection<String> subjects) {
        Set<String> clean = new LinkedHashSet<>();
        for (String s : subjects) {
            String v = s.strip();
            if (v.length() > SUBJECT_MAX_LENGTH) {
                throw new IllegalArgumentException(
                        "A subject field has at most " + SUBJECT_MAX_LENGTH + " characters.");
            }
            if (!v.isEmpty()) {
                clean.add(v);
            }
        }
        return clean;
    }

    public static @Nullable String limited(@Nullable String value, int max, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new IllegalArgumentException(what + " has at most " + max + " characters.");
        }
        return v;
    }

    public void touched(String username, Instant when) {
        this.updatedBy = username;
        this.updatedAt = when;
    }

    public void retire(String username, Instant when, @Nullable String reason, @Nullable Long mergedInto) {
        this.retiredAt = when;
        this.retiredBy = username;
        this.retiredReason = limited(reason, 1000, "A reason");
        this.mergedIntoId = mergedInto;
        touched(username, when);
    }

    public void restore(String username, Instant when) {
        this.retiredAt = null;
        this.retiredBy = null;
        this.retiredReason = null;
        this.mergedIntoId = null;
        touched(username, when);
    }

    public void addTerm(Term term) {
        term.attach(this, terms.size());
        terms.add(term);
    }

    /** Replaces the terms by the drafts': drafted ids are edited in place, others added (approved). */
    public void replaceTerms(List<TermDraft> drafts, String user, Instant now) {
        Set<String> seen = new HashSet<>();
        for (TermDraft d : drafts) {
            String key = Term.languageTag(d.languageTag()) + "\u0000" + SearchFolding.fold(d.text());
            if (!seen.add(key)) {
                throw new IllegalArgumentException(
                        "The term \"" + d.text().strip() + "\" is entered twice in " + d.languageTag() + ".");
            }
        }
        Map<Long, Term> existing = new HashMap<>();
        for (Term t : terms) {
            existing.put(t.getId(), t);
        }
        List<Term> result = new ArrayList<>();
        for (TermDraft d : drafts) {
            Term term = d.id() == null ? null : existing.remove(d.id());
            if (term == null) {
                term = new Term(d, Approval.APPROVED, user, now);
            } else {
                term.edit(d);
            }
            result.add(term);
        }
        terms.clear();
        result.forEach(this::addTerm);
    }

    public @Nullable Long getId() {
        return id;
    }

    public long requireId() {
        if (id == null) {
            throw new IllegalStateException("The concept is not saved yet.");
        }
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public List<Term> getTerms() {
        return terms;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public long getVersion() {
        return version;
    }

    public GlossaryConcept toRecord() {
        return new GlossaryConcept(
                requireId(),
                externalId,
                List.copyOf(subjectFields),
                definition,
                note,
                source,
                terms.stream().map(Term::toRecord).toList(),
                retiredAt,
                retiredBy,
                retiredReason,
                mergedIntoId,
                createdBy,
                createdAt,
                updatedBy,
                updatedAt,
                version);
    }
}
