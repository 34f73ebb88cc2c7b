package org.concordance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class FoldersTest {

    @Test
    void aFolderGoesWithEverythingInItButNotWhatALinkInItPointsTo() throws IOException {
        Path tmp = Files.createTempDirectory("folders-");
        try {
            Path kept = Files.writeString(Files.createDirectories(tmp.resolve("kept")).resolve("file.txt"), "kept");
            Path gone = Files.createDirectories(tmp.resolve("gone/a/b"));
            Files.writeString(gone.resolve("deep.txt"), "x");
            Files.createSymbolicLink(tmp.resolve("gone/link"), kept.getParent());

            Folders.delete(tmp.resolve("gone"));
            assertFalse(Files.exists(tmp.resolve("gone")));
            assertTrue(Files.isRegularFile(kept), "a link is removed, never followed");
            Folders.delete(tmp.resolve("gone")); // nothing there: nothing to do
        } finally {
            Folders.delete(tmp);
        }
        assertFalse(Files.exists(tmp));
    }
}
