package org.statementworkbench.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.statementworkbench.base.UnLanguage;

/** A person who signs in to the workbench. Enforces its own invariants; the password arrives already hashed. */
@Entity
@Table(name = "app_user")
class WorkbenchUser {

    static final int USERNAME_MAX_LENGTH = 64;
    static final int FULL_NAME_MAX_LENGTH = 200;
    static final Pattern USERNAME_PATTERN = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = USERNAME_MAX_LENGTH)
    private String username = "";

    @Column(name = "full_name", nullable = false, length = FULL_NAME_MAX_LENGTH)
    private String fullName = "";

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash = "";

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", length = 32, nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_language", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "language", length = 8, nullable = false)
    private Set<UnLanguage> languages = EnumSet.noneOf(UnLanguage.class);

    protected WorkbenchUser() {}

    WorkbenchUser(
            String username,
            String fullName,
            String passwordHash,
            Collection<Role> roles,
            Collection<UnLanguage> languages) {
        this.username = validUsername(username);
        setFullName(fullName);
        setPasswordHash(passwordHash);
        setRoles(roles);
        setLanguages(languages);
    }

    static String validUsername(String username) {
        String normalized = username.trim().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME_PATTERN.matcher(normalized).matches()) {
            throw new IllegalArgumentException(
                    "A username has 3 to 64 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit.");
        }
        return normalized;
    }

    @Nullable
    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getFullName() {
        return fullName;
    }

    void setFullName(String fullName) {
        String trimmed = fullName.strip();
        if (trimmed.isEmpty() || trimmed.length() > FULL_NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("A full name has 1 to " + FULL_NAME_MAX_LENGTH + " characters.");
        }
        this.fullName = trimmed;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        if (!passwordHash.startsWith("{")) {
            throw new IllegalArgumentException("Only encoded passwords with an {id} prefix are stored.");
        }
        this.passwordHash = passwordHash;
    }

    boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    long getVersion() {
        return version;
    }

    Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    void setRoles(Collection<Role> roles) {
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role.");
        }
        this.roles.clear();
        this.roles.addAll(roles);
    }

    Set<UnLanguage> getLanguages() {
        return languages.isEmpty() ? EnumSet.noneOf(UnLanguage.class) : EnumSet.copyOf(languages);
    }

    void setLanguages(Collection<UnLanguage> languages) {
        this.languages.clear();
        this.languages.addAll(languages);
    }

    boolean isActiveAdmin() {
        return enabled && roles.contains(Role.ADMIN);
    }

    UserAccount toAccount() {
        return new UserAccount(id == null ? 0 : id, username, fullName, getRoles(), getLanguages(), enabled, version);
    }
}
