package org.concordance.corpus;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.concordance.corpus.Format.DocumentFile;
import org.concordance.corpus.Format.EvidenceEntry;
import org.concordance.corpus.Format.PositionEntry;
import org.concordance.corpus.Format.SignatureEntry;

/**
 * Stable identifiers of positions, signatures and evidence, derived from what they are in the
 * corpus, never from database sequences: re-importing a changed corpus keeps every unchanged
 * item's identifier, and so every permalink. Slugs never contain a dot, so the parts cannot run
 * together.
 * <ul>
 * <li>position: {@code <recorded-in>.<measure>} for a document's own,
 * {@code <recorded-in>.<measure>.<actor>} for an actor's</li>
 * <li>signature: {@code <recorded-in>.<actor>.<role>}, plus {@code .<signed document>} when that
 * is another document</li>
 * <li>evidence: {@code <owner>.q<10 hex digits>} hashing the source document and the quote
 * (white space normalised), so reordering quotes changes nothing</li>
 * </ul>
 */
public final class Keys {

    private Keys() {
    }

    public static String position(DocumentFile recordedIn, PositionEntry p) {
        return recordedIn.slug().value() + "." + p.measure().value() + (p.actor() == null ? "" : "." + p.actor().value());
    }

    public static String signature(DocumentFile recordedIn, SignatureEntry s) {
        String signed = s.document() == null ? recordedIn.slug().value() : s.document().value();
        return recordedIn.slug().value() + "." + s.actor().value() + "." + s.role().code()
                + (signed.equals(recordedIn.slug().value()) ? "" : "." + signed);
    }

    public static String evidence(String owner, DocumentFile recordedIn, EvidenceEntry e) {
        String source = e.source() == null ? recordedIn.slug().value() : e.source().value();
        return owner + ".q" + hash(source + "\n" + VerbatimCheck.normalise(e.quote())).substring(0, 10);
    }

    /** SHA-256 of the UTF-8 bytes, in hex. */
    public static String hash(String s) {
        return hash(s.getBytes(StandardCharsets.UTF_8));
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
