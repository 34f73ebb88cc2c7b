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
    DECLINED
}
