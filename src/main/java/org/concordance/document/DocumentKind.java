package org.concordance.document;

import org.concordance.Coded;

public enum DocumentKind implements Coded {
    OPEN_LETTER, STATEMENT, JOINT_STATEMENT, INTERVIEW, REPORT, NEWS_ARTICLE, OP_ED, BLOG_POST, SOCIAL_POST, TRANSLATION
}
