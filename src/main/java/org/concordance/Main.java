package org.concordance;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. One setting must be made before the HTTP server exists: Quarkus's own
 * check of the request address answers an undecodable one ({@code ?page=%zz}) with a bare 400
 * and no body; with it off, such an address reaches {@link org.concordance.web.HttpGuard},
 * which answers the same 400 as a problem detail that says what is wrong.
 */
@QuarkusMain
public final class Main {

    private Main() {
    }

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
