package org.concordance.document;

import org.concordance.Coded;

/** How one document relates to another: read as "source RELATION target". */
public enum LinkRelation implements Coded {
    TRANSLATION_OF, REPORTS_ON, RESPONDS_TO, QUOTES, SUMMARISES
}
