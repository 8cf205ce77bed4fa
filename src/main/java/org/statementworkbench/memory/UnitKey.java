package org.statementworkbench.memory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A unit's duplicate key ({@link TmxFile#key}: the same texts in the same languages) as the first 128 bits of its
 * SHA-256 digest. A million-unit import compares keys of the file with each other and with the memory's: as strings
 * they would take gigabytes of heap, as digests 32 bytes each. Two different keys share a digest with a probability
 * of about n² / 2¹²⁹ (10⁻²⁶ for ten million units), far below the odds of a disk error, as content-addressed stores
 * (Git, backup tools) rely on.
 */
record UnitKey(long high, long low) {

    /** Digests keys; one per thread (a {@link MessageDigest} is not thread-safe). */
    static final class Digester {

        private final MessageDigest sha256;

        Digester() {
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is missing from the JDK", e);
            }
        }

        UnitKey of(String key) {
            ByteBuffer digest = ByteBuffer.wrap(sha256.digest(key.getBytes(StandardCharsets.UTF_8)));
            return new UnitKey(digest.getLong(), digest.getLong());
        }

        UnitKey of(TmxFile.Unit unit) {
            return of(unit.key());
        }
    }
}
