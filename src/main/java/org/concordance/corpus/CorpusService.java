package org.concordance.corpus;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Imports {@code proposals/} into the database: at start-up (if configured), on demand, and
 * on change in dev mode. A corpus with any problem is refused whole and the database keeps
 * serving what it had; the last outcome is kept for the health check and the admin API.
 */
@ApplicationScoped
public class CorpusService implements org.concordance.web.DataVersion {

    private static final Logger LOG = Logger.getLogger(CorpusService.class);

    /** What the last import attempt did. */
    public record Outcome(OffsetDateTime at, boolean ok, boolean changed, String hash, String summary,
            long durationMs, List<Problem> problems) {
    }

    @Inject
    CorpusConfig config;

    @Inject
    CorpusWriter writer;

    @Inject
    jakarta.enterprise.event.Event<CorpusImported> imported;

    @Inject
    jakarta.enterprise.event.Event<CorpusRead> read;

    @Inject
    jakarta.enterprise.event.Event<CorpusChanged> changed;

    private volatile Outcome last;
    /** Hash of the corpus now in the database; caches and ETags key on it. */
    /** The version served: published in one write, after what derives from it (the search index) is built. */
    private volatile Version current;
    private volatile String lastSeenHash;
    private ScheduledExecutorService watcher;

    void onStart(@Observes StartupEvent event) {
        if (config.watchInterval().isPresent()) {
            try {
                folders = FolderWatch.open(Path.of(config.path())); // before the first read: no write goes unseen
            } catch (java.io.IOException | RuntimeException e) {
                LOG.warnf("No file events for %s (%s): the watcher stats every file at each step", config.path(), e);
            }
        }
        if (config.importOnStart()) {
            importAtStart(Path.of(config.path()), config.serveBeforeCheck());
        }
        if (current == null) {
            CorpusImport loaded = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(CorpusImport::latest);
            if (loaded != null) {
                announce(loaded);
            }
        }
        // Another instance on the same database may import: follow the version it leaves there.
        config.versionCheckInterval().filter(interval -> !interval.isZero() && !interval.isNegative())
                .ifPresent(interval -> executor().scheduleWithFixedDelay(this::followDatabase, interval.toMillis(),
                        interval.toMillis(), TimeUnit.MILLISECONDS));
        config.watchInterval().ifPresent(interval -> {
            executor().scheduleWithFixedDelay(this::importIfChanged, interval.toMillis(), interval.toMillis(),
                    TimeUnit.MILLISECONDS);
            LOG.infof("Watching %s for changes every %s", config.path(), interval);
        });
    }

    /** True from a start that serves the database's version until its files have been compared with it. */
    private volatile boolean checking;

    /** Whether the files are still being compared with the version served since start (see {@link CorpusConfig#serveBeforeCheck()}). */
    public boolean checkingAfterStart() {
        return checking;
    }

    /**
     * The start's import. With {@code serveBeforeCheck} and a version in the database, that
     * version is served at once, as it is while a broken corpus is refused, and the files are
     * compared with it right after, on the watcher's thread: what changed while the service was
     * down is imported as a change made while it runs would be.
     */
    void importAtStart(Path root, boolean serveBeforeCheck) {
        CorpusImport served = serveBeforeCheck ? latest() : null;
        if (served == null) {
            if (config.history() > 0 && latest() == null) {
                importHistory(root, config.history());
            }
            importFrom(root);
            return;
        }
        announce(served);
        checking = true;
        LOG.infof("Serving corpus %s from the database; comparing the files with it after start",
                shortHash(served.corpusHash));
        executor().execute(() -> checkAfterStart(root));
    }

    /**
     * Imports the last {@code n} versions of the corpus folder from git, oldest first, each dated
     * by its commit, so that the changes between them are recorded as any import's are. A version
     * that today's rules refuse is skipped (and logged): the next one is compared with the last
     * one imported. Without git or a repository, nothing happens.
     */
    void importHistory(Path root, int n) {
        Path tmp = null;
        try {
            GitHistory git = new GitHistory(root);
            List<GitHistory.Version> versions = git.last(n);
            LOG.infof("Corpus history: importing %d earlier versions of %s from git", versions.size(), root);
            tmp = java.nio.file.Files.createTempDirectory("concordance-history-");
            for (GitHistory.Version v : versions) {
                Path at = java.nio.file.Files.createDirectories(tmp.resolve(v.commit()));
                Outcome o = importFrom(git.extract(v.commit(), at));
                if (!o.ok()) {
                    LOG.warnf("Corpus history: the version of commit %s is refused by today's rules and skipped (%d problems, the first: %s)",
                            v.commit().substring(0, 12), o.problems().size(), o.problems().isEmpty() ? "-" : o.problems().get(0));
                } else if (o.changed()) {
                    io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
                        CorpusImport state = CorpusImport.latest();
                        state.importedAt = v.time();
                        state.sourceCommit = v.commit();
                    });
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("Corpus history: could not read the corpus's git history; importing the folder alone", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            known = null; // the history's files are not the folder's
            knownHashed = null;
            importedFiles = null;
            if (tmp != null) {
                deleteQuietly(tmp);
            }
        }
    }

    private static void deleteQuietly(Path root) {
        try {
            org.concordance.Folders.delete(root);
        } catch (java.io.IOException e) {
            LOG.warn("Could not remove " + root, e);
        }
    }

    private void checkAfterStart(Path root) {
        try {
            importFrom(root);
        } catch (RuntimeException e) {
            LOG.warn("Comparing the corpus files with the database after start failed", e);
        } finally {
            checking = false;
        }
    }

    private synchronized ScheduledExecutorService executor() {
        if (watcher == null) {
            watcher = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "corpus-watcher");
                t.setDaemon(true);
                return t;
            });
        }
        return watcher;
    }

    /** Picks up a corpus version written by another instance (or any writer) to the shared database. */
    synchronized void followDatabase() { // never beside an import
        try {
            CorpusImport latest = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(CorpusImport::latest);
            if (latest != null && !latest.corpusHash.equals(currentHash())) {
                LOG.infof("Corpus version %s found in the database; following it", latest.corpusHash.substring(0, 12));
                announce(latest);
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not read the corpus version from the database", e);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (watcher != null) {
            watcher.shutdownNow();
        }
        closeEvents();
    }

    /** For tests (a watch on another folder misses every change here): the file events to use, or null. */
    synchronized void useEvents(FolderWatch watch) {
        folders = watch;
    }

    /** For tests: the next watcher step looks at every file, as it does every few minutes. */
    synchronized void lookAtEveryFileNext() {
        lastScan = System.nanoTime() - 2 * MIN_SCAN_NANOS;
    }

    /** For tests: runs a task on the watcher's thread, before whatever is queued after it there. */
    void onWatcherThread(Runnable task) {
        executor().execute(task);
    }

    boolean eventsInUse() {
        return folders != null;
    }

    private void closeEvents() {
        FolderWatch events = folders;
        folders = null;
        if (events != null) {
            try {
                events.close();
            } catch (java.io.IOException e) {
                LOG.debug("Closing the file events", e);
            }
        }
    }

    public Outcome importNow() {
        return importFrom(Path.of(config.path()));
    }

    /** Reads, validates and (only if valid) writes; synchronized so two imports never interleave. */
    public Outcome importFrom(Path root) {
        return importFrom(root, null);
    }

    /** As {@link #importFrom(Path)}, with the files already hashed by the caller (the watcher), or null. */
    private synchronized Outcome importFrom(Path root, CorpusReader.Hashed hashed) {
        long started = System.nanoTime();
        CorpusReader reader = new CorpusReader(root);
        CorpusImport latest = latest();
        if (latest != null) {
            if (hashed == null) {
                hashed = hash(reader);
            }
            Outcome quick = hashed == null ? null : unchanged(latest, hashed, started);
            if (quick == null && hashed != null) {
                quick = change(reader, latest, hashed, started);
            }
            if (quick != null) {
                last = quick;
                return quick;
            }
        }
        CorpusReader.Result result = reader.read();
        known = result.files();
        knownHashed = result.ok() ? new CorpusReader.Hashed(result.hash(), result.files(), true) : null;
        Map<String, CorpusReader.FileState> readStates = result.files();
        Outcome outcome;
        if (!result.ok()) {
            lastSeenHash = result.hash(); // what this read saw: a change made while it ran is seen next time
            outcome = new Outcome(OffsetDateTime.now(), false, false, null, null, elapsed(started), result.problems());
            LOG.errorf("Corpus import refused: %d problem(s) in %s; the database keeps its previous content.%n%s",
                    result.problems().size(), root, String.join("\n", result.problems().stream().map(Problem::toString).toList()));
        } else {
            String hash = result.corpus().hash();
            String summary = result.corpus().summary();
            java.util.concurrent.CompletableFuture<CorpusRead> prepared = read.fireAsync(new CorpusRead(result.corpus()))
                    .toCompletableFuture();
            try {
                CorpusWriter.Written written = writer.replaceWith(result.corpus(), result.files());
                result = null; // the parsed corpus is written: let it go
                importedFiles = new Imported(written.state().corpusHash, readStates);
                pending = new java.util.HashSet<>();
                awaitPrepared(prepared);
                announce(written.state());
                lastSeenHash = hash; // only now: a failed write is retried by the watcher
                outcome = new Outcome(OffsetDateTime.now(), true, written.changed(), hash, summary, elapsed(started),
                        List.of());
                if (written.changed()) {
                    LOG.infof("Corpus imported: documents=%d measures=%d actors=%d positions=%d signatures=%d evidence=%d hash=%s duration_ms=%d",
                            written.state().documents, written.state().measures, written.state().actors,
                            written.state().positions, written.state().signatures, written.state().evidence,
                            shortHash(written.state().corpusHash), outcome.durationMs());
                } else {
                    LOG.infof("Corpus unchanged: hash=%s already imported; nothing written (documents=%d measures=%d actors=%d positions=%d) duration_ms=%d",
                            shortHash(written.state().corpusHash), written.state().documents, written.state().measures,
                            written.state().actors, written.state().positions, outcome.durationMs());
                }
            } catch (RuntimeException e) {
                outcome = new Outcome(OffsetDateTime.now(), false, false, hash, null,
                        elapsed(started), List.of(new Problem(new Loc(root.toString(), 1, 1),
                                "database write failed and was rolled back: " + rootCause(e))));
                LOG.error("Corpus import failed while writing; the transaction was rolled back", e);
            }
        }
        last = outcome;
        return outcome;
    }

    private static CorpusImport latest() {
        try {
            return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(CorpusImport::latest);
        } catch (RuntimeException e) {
            LOG.warn("Could not read the last import from the database; reading every file", e);
            return null;
        }
    }

    /** The files' hash, reading only those whose size or time differ from what is known; null if that fails. */
    private CorpusReader.Hashed hash(CorpusReader reader) {
        try {
            long t0 = System.nanoTime();
            Map<String, CorpusReader.FileState> before = known();
            long t1 = System.nanoTime();
            CorpusReader.Hashed hashed = reader.hash(before);
            known = hashed.files();
            knownHashed = hashed.clean() ? hashed : null;
            pending = null; // every file looked at: which ones differ from the import is not known
            LOG.infof("Corpus files compared with the last import: files=%d states_ms=%d stat_and_hash_ms=%d",
                    hashed.files().size(), (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
            return hashed;
        } catch (RuntimeException e) {
            LOG.warn("Could not compare the corpus files with the last import; reading them all", e);
            return null;
        }
    }

    /**
     * The outcome "unchanged" when the files hash, by their sizes and times (read only where those
     * differ from what is known), to the corpus the database holds; null when they must be read.
     * Byte-identical files were valid when imported (the hash includes the reader's rules version).
     */
    private Outcome unchanged(CorpusImport latest, CorpusReader.Hashed hashed, long started) {
        if (!hashed.clean() || !latest.corpusHash.equals(hashed.hash())) {
            return null;
        }
        announce(latest);
        lastSeenHash = latest.corpusHash;
        // The files hash to the import, so their digests are its files' digests: what a change is compared with.
        importedFiles = new Imported(latest.corpusHash, hashed.files());
        pending = new java.util.HashSet<>();
        Outcome outcome = new Outcome(OffsetDateTime.now(), true, false, latest.corpusHash, Corpus.summary(
                latest.documents, latest.measures, latest.actors, latest.positions, latest.signatures,
                latest.evidence), elapsed(started), List.of());
        LOG.infof("Corpus unchanged: hash=%s already imported; the files hash to it, only those with a new size or time were read (documents=%d measures=%d actors=%d positions=%d) duration_ms=%d",
                shortHash(latest.corpusHash), latest.documents, latest.measures, latest.actors, latest.positions,
                outcome.durationMs());
        return outcome;
    }

    /** The file states of the import in the database, with its hash (they describe the same version). */
    private record Imported(String hash, Map<String, CorpusReader.FileState> files) {
    }

    private volatile Imported importedFiles;

    /**
     * Imports a change of a few files ({@link ChangeReader}): reads and checks them, writes their
     * rows, updates the search index; null when the whole corpus must be read instead (and why is
     * logged). A change with a problem is read whole, so that its refusal lists every problem.
     */
    private Outcome change(CorpusReader reader, CorpusImport latest, CorpusReader.Hashed hashed, long started) {
        try {
            Imported base = importedFiles;
            // What file events named is known against this service's last import, not another writer's.
            boolean ours = base != null && base.hash().equals(latest.corpusHash);
            if (!ours) {
                Map<String, CorpusReader.FileState> states = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                        .call(() -> FileStates.load(CorpusImport.getEntityManager()));
                base = new Imported(latest.corpusHash, states);
            }
            Map<String, CorpusReader.FileState> before = base.files();
            long t0 = System.nanoTime();
            java.util.Set<String> touched = pending == null || !ours ? null : java.util.Set.copyOf(pending);
            ChangeReader.Outcome read = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> new ChangeReader(
                    reader, new ImportedCatalogue(CorpusImport.getEntityManager())).read(latest.corpusHash, before, hashed,
                            touched));
            if (read.change() == null) {
                LOG.infof("Corpus read whole: %s", read.wholeReadBecause());
                return null;
            }
            ChangeReader.Change change = read.change();
            long t1 = System.nanoTime();
            CorpusWriter.Written written = writer.apply(change, before, touched);
            long t2 = System.nanoTime();
            importedFiles = new Imported(change.hash(), change.files());
            pending = new java.util.HashSet<>();
            Set<String> actors = new java.util.TreeSet<>();
            change.actors().forEach(a -> actors.add(a.slug().value()));
            actors.addAll(change.removed().actors());
            Set<String> documents = new java.util.TreeSet<>(change.slugs());
            documents.addAll(change.removed().documents());
            changed.fire(new CorpusChanged(latest.corpusHash, change.corpus(), documents, actors));
            announce(written.state());
            lastSeenHash = change.hash();
            CorpusImport s = written.state();
            Outcome outcome = new Outcome(OffsetDateTime.now(), true, written.changed(), change.hash(), Corpus.summary(
                    s.documents, s.measures, s.actors, s.positions, s.signatures, s.evidence), elapsed(started), List.of());
            LOG.infof("Corpus change imported: documents_written=%d documents_read=%d actors_written=%d removed=%d/%d/%d "
                    + "hash=%s read_ms=%d write_ms=%d index_ms=%d duration_ms=%d", change.documents().size(),
                    change.documents().size() + change.context().size(), change.actors().size(),
                    change.removed().documents().size(), change.removed().actors().size(), change.removed().texts().size(),
                    shortHash(change.hash()),
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (System.nanoTime() - t2) / 1_000_000, outcome.durationMs());
            return outcome;
        } catch (RuntimeException e) {
            LOG.warn("Importing the change alone failed; reading the whole corpus", e);
            return null;
        }
    }

    /** What is known of the files: from the last read or hash, else from the import in the database. */
    private Map<String, CorpusReader.FileState> known() {
        if (known == null) {
            knownHashed = null; // the last import's files, not necessarily the folder's
            known = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> FileStates.load(
                    CorpusImport.getEntityManager()));
        }
        return known;
    }

    /** Sizes, times and digests of the files last read or hashed (by absolute path); null until then. */
    private volatile Map<String, CorpusReader.FileState> known;

    /** Waits for what was prepared from the corpus while it was written; a failure there only costs a rebuild. */
    private static void awaitPrepared(java.util.concurrent.CompletableFuture<CorpusRead> prepared) {
        try {
            prepared.join();
        } catch (RuntimeException e) {
            LOG.warn("Preparing the search index while writing failed; it is built from the database instead", e);
        }
    }

    private void importIfChanged() {
        importIfChanged(Path.of(config.path()));
    }

    /** File events for the watched folder, or null (every step stats every file). */
    private volatile FolderWatch folders;
    /** With file events, every file is still looked at every five minutes, or 30 times as long as the last look took. */
    static final long MIN_SCAN_NANOS = 300_000_000_000L;
    static final long SCAN_FACTOR = 30;
    private long lastScan = System.nanoTime();
    private long lastScanCost;
    /** The last complete, clean account of the folder's files, to which file events can be applied; or null. */
    private volatile CorpusReader.Hashed knownHashed;
    /**
     * The files (absolute paths) file events named since the import in the database was made from
     * them, so that a change compares only those with it; null when that is not known.
     */
    private java.util.Set<String> pending;

    /**
     * One step of the folder watcher: import when the files (source texts included) differ from
     * those last seen. With file events, only the files they name are stat-ed.
     */
    synchronized Outcome importIfChanged(Path root) {
        try {
            CorpusReader reader = new CorpusReader(root);
            java.util.Set<Path> changes = folders == null ? null : folders.changes();
            CorpusReader.Hashed hashed = null;
            CorpusReader.Hashed previous = knownHashed;
            // Now and then every file is looked at all the same: some file systems (network mounts,
            // some container mounts) accept a watch and never deliver an event.
            boolean scanDue = System.nanoTime() - lastScan > Math.max(MIN_SCAN_NANOS, SCAN_FACTOR * lastScanCost);
            if (changes != null && previous != null && scanDue && changes.isEmpty()) {
                long t0 = System.nanoTime();
                CorpusReader.Hashed scanned = reader.hash(previous.files());
                lastScan = System.nanoTime();
                lastScanCost = lastScan - t0;
                if (scanned.clean() && scanned.hash().equals(previous.hash())) {
                    return null; // the events missed nothing
                }
                java.util.Set<Path> meanwhile = folders.changes();
                if (meanwhile != null && meanwhile.isEmpty()) { // no event can explain the difference
                    LOG.warnf("File events did not report a change in %s that a look at every file found; "
                            + "from now on every step looks at every file", root);
                    closeEvents();
                }
                hashed = scanned;
                pending = null;
                changes = null;
            }
            if (changes != null && previous != null && hashed == null) {
                if (changes.isEmpty()) {
                    return null;
                }
                hashed = reader.hash(previous, changes);
                if (hashed != null && pending != null) {
                    changes.forEach(c -> pending.add(c.toAbsolutePath().normalize().toString()));
                }
            }
            if (hashed == null) {
                long t0 = System.nanoTime();
                hashed = reader.hash(known());
                lastScan = System.nanoTime();
                lastScanCost = lastScan - t0;
                pending = null;
            }
            known = hashed.files();
            knownHashed = hashed.clean() ? hashed : null;
            if (!hashed.hash().equals(lastSeenHash)) {
                return importFrom(root, hashed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Corpus watcher failed", e);
        }
        return null;
    }

    /**
     * Tells what is derived from the corpus (the search index) about a new version, and only
     * then publishes it as current, so no ETag names a version whose index is not built yet.
     * A failure there leaves the data committed and is reported as such.
     */
    private void announce(CorpusImport state) {
        String hash = state.corpusHash;
        if (!hash.equals(announced)) {
            try {
                imported.fire(new CorpusImported(hash));
                announced = hash;
            } catch (RuntimeException e) {
                LOG.error("Corpus " + hash.substring(0, 12) + " is in the database, but rebuilding what derives from it failed", e);
            }
        }
        current = new Version(state.id, hash);
    }

    @Override
    public Version current() {
        return current;
    }

    @Override
    public boolean isNewest(long importId) {
        return Long.valueOf(importId).equals(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(CorpusImport::latestId));
    }

    /** The version listeners (search index, caches) last heard of: once per version, also after an unchanged start. */
    private volatile String announced;

    /** The last import attempt, or null before the first. */
    public Outcome last() {
        return last;
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String shortHash(String hash) {
        return hash.substring(0, 12);
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
