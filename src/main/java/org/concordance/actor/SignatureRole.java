package org.concordance.actor;

import org.concordance.Coded;

/** An actor's relation to a document's list of names. */
public enum SignatureRole implements Coded {
    /** Started or drafted the document. */
    INITIATED,
    /** Convened the meeting that produced it. */
    CONVENED,
    SIGNED,
    /** Chose not to sign, or denied having signed. */
    DECLINED,
    /** Signed, then took the name back: the record's evidence holds the withdrawal. */
    WITHDRAWN;

    /** The roles that put an actor's name to a document: its signatories, for comparisons and the snapshot. */
    public static final java.util.Set<SignatureRole> ENDORSING = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(SIGNED, INITIATED));

    /** The roles that say an actor's name is not on the document: no position can be derived from them. */
    public static final java.util.Set<SignatureRole> NOT_ON_IT = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(DECLINED, WITHDRAWN));
}
