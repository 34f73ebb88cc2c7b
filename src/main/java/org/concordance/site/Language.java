package org.concordance.site;

import java.util.Locale;

import org.concordance.Coded;

/** The two UI languages. */
public enum Language implements Coded {
    EN, ZH;

    /** The language an {@code Accept-Language} header prefers among ours (English when neither). */
    static Language fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return EN;
        }
        double en = -1;
        double zh = -1;
        for (String part : header.split(",")) {
            String[] bits = part.strip().split(";");
            String tag = bits[0].strip().toLowerCase(Locale.ROOT);
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String b = bits[i].strip();
                if (b.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(b.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (tag.equals("zh") || tag.startsWith("zh-")) {
                zh = Math.max(zh, q);
            } else if (tag.equals("en") || tag.startsWith("en-")) {
                en = Math.max(en, q);
            }
        }
        return zh > en ? ZH : EN;
    }
}
