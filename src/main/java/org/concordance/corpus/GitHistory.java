package org.concordance.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Earlier versions of the corpus folder, as git recorded them: the commits that changed it and,
 * for each, the folder as it was, written out with {@code git archive} (the working tree and the
 * index are never touched).
 */
final class GitHistory {

    /** One commit that changed the corpus folder. */
    record Version(String commit, OffsetDateTime time) {
    }

    private final Path root;

    GitHistory(Path corpus) {
        this.root = corpus;
    }

    /** The corpus folder whose history this is. */
    Path root() {
        return root;
    }

    /** Whether git runs here and the folder is in a git work tree. */
    boolean inWorkTree() throws IOException, InterruptedException {
        String out = git(root, List.of("rev-parse", "--is-inside-work-tree"));
        return out != null && out.strip().equals("true");
    }

    /** The last {@code n} commits that changed the folder, oldest first; empty when it is not in a git repository. */
    List<Version> last(int n) throws IOException, InterruptedException {
        String out = git(root, List.of("log", "-n", String.valueOf(n), "--format=%H %cI", "--", "."));
        if (out == null) {
            return List.of();
        }
        List<Version> versions = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                String[] parts = line.strip().split(" ", 2);
                versions.add(new Version(parts[0], OffsetDateTime.parse(parts[1])));
            }
        }
        Collections.reverse(versions);
        return versions;
    }

    /** The full hash of the commit {@code ref} names (a branch, a tag, a hash), or null when git knows none. */
    String commit(String ref) throws IOException, InterruptedException {
        if (ref.isBlank() || ref.startsWith("-")) {
            return null; // never an option of git's
        }
        String out = git(root, List.of("rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}"));
        return out == null ? null : out.strip();
    }

    /** The folder as it was at {@code commit}, written under {@code into}; returns its root there. */
    Path extract(String commit, Path into) throws IOException, InterruptedException {
        String prefix = git(root, List.of("rev-parse", "--show-prefix"));
        String top = git(root, List.of("rev-parse", "--show-toplevel"));
        if (prefix == null || top == null) {
            throw new IOException("not in a git repository: " + root);
        }
        Path tar = into.resolve("corpus.tar");
        // From the top of the work tree: git archive refuses to run from a folder it does not track.
        if (git(Path.of(top.strip()), List.of("archive", "--format=tar", "-o", tar.toAbsolutePath().toString(),
                commit + ":" + prefix.strip())) == null) {
            throw new IOException("git archive of " + commit + " failed");
        }
        Path dir = Files.createDirectories(into.resolve("proposals"));
        Process p = new ProcessBuilder("tar", "-xf", tar.toAbsolutePath().toString(), "-C", dir.toAbsolutePath().toString())
                .redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("tar could not unpack " + commit + ": " + said);
        }
        Files.delete(tar);
        return dir;
    }

    /** What git printed, or null when it failed (no git, no repository). */
    private static String git(Path dir, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toAbsolutePath().toString()));
        command.addAll(args);
        Process p;
        try {
            p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return null; // no git here
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            return null;
        }
        return out;
    }
}
