package org.concordance.download;

/** What other tests may know of the download's shape. */
public final class DownloadTestFiles {

    /** A CSV and a JSON Lines file a table, and the package. */
    public static final int COUNT = Tables.ALL.size() * 2 + 1;

    private DownloadTestFiles() {
    }
}
