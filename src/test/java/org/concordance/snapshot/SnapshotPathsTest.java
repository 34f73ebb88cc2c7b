package org.concordance.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Where each address of the site lands in the snapshot, later pages of a list included. */
class SnapshotPathsTest {

    @Test
    void aLaterPageIsAFileBesideTheFirst() {
        assertEquals("en/documents/index.html", SnapshotPaths.page("en/documents"));
        assertEquals("en/documents/page-2.html", SnapshotPaths.page("en/documents?page=2"));
        assertEquals("en/documents/index.html", SnapshotPaths.page("en/documents?page=1"));
        assertEquals("zh/measure-types/moratorium/page-12.html", SnapshotPaths.page("zh/measure-types/moratorium?page=12"));
        assertEquals("x/index.html", SnapshotPaths.relative("en/documents/page-2.html", "en/documents/x/index.html", null));
        assertEquals(SnapshotPaths.relative("en/documents/index.html", "en/actors/a/index.html", null),
                SnapshotPaths.relative("en/documents/page-2.html", "en/actors/a/index.html", null));
    }

    @Test
    void onlyAPageQueryHasAFileAndAListAlsoItsExportedSize() {
        assertEquals(3, SnapshotExporter.pageOf("page=3", false));
        assertEquals(3, SnapshotExporter.pageOf("size=100&page=3", true));
        assertEquals(1, SnapshotExporter.pageOf("size=100", true));
        assertNull(SnapshotExporter.pageOf("size=100", false), "a detail is exported at its default size only");
        assertNull(SnapshotExporter.pageOf("size=20&page=2", true), "a list is exported at 100 per page only");
        assertNull(SnapshotExporter.pageOf("measure-type=moratorium&stance=opposes", true), "a filtered list has no file");
        assertNull(SnapshotExporter.pageOf("page=0", false));
        assertNull(SnapshotExporter.pageOf("page=2x", false));
    }
}
