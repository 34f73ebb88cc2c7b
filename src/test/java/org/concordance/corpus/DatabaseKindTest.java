package org.concordance.corpus;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Guards the PostgreSQL run in .ci/run: with -Dconcordance.test.expected-db=PostgreSQL the
 * suite must really be talking to PostgreSQL, not quietly to the embedded H2.
 */
@QuarkusTest
class DatabaseKindTest {

    @Inject
    DataSource dataSource;

    @Test
    void theSuiteRunsOnTheDatabaseItWasAskedFor() throws SQLException {
        String expected = System.getProperty("concordance.test.expected-db", "H2");
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            assertTrue(product.equalsIgnoreCase(expected), "running on " + product + ", expected " + expected);
        }
    }
}
