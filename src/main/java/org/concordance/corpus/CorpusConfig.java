package org.concordance.corpus;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "concordance.corpus")
public interface CorpusConfig {

    /** The proposals directory to import. */
    @WithDefault("proposals")
    String path();

    /** Import the corpus when the service starts. */
    @WithDefault("true")
    boolean importOnStart();

    /**
     * With a corpus version already in the database, serve it from the start and compare the
     * files with it (importing whatever changed while the service was down) right after, as the
     * watcher would; false: compare and import before the service reports ready. A start on an
     * empty database always imports before it is ready.
     */
    @WithDefault("true")
    boolean serveBeforeCheck();

    /** Poll the corpus for changes and re-import (dev mode); empty disables it. */
    Optional<Duration> watchInterval();

    /** How often to look for a corpus version another instance imported into the shared database; 0s disables it. */
    @WithDefault("10s")
    Optional<Duration> versionCheckInterval();

    /**
     * Seconds the import's one write transaction may take; read by the transaction manager from
     * this setting (see {@code CorpusWriter#WRITE_TIMEOUT_SECONDS}).
     */
    @WithDefault("3600")
    int writeTimeout();

    /**
     * On a start with an empty database, first import this many earlier versions of the corpus
     * folder from its git history (the commits that changed it, oldest first, each dated by its
     * commit), so that "What changed" has a history; 0: none. The static snapshot sets it.
     */
    @WithDefault("0")
    int history();

    /** Bearer token for POST /api/admin/corpus/import; empty disables the endpoint. */
    Optional<String> adminToken();
}
