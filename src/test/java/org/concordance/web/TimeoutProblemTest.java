package org.concordance.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

/**
 * A request whose transaction runs out of time (seen at 100,000 documents while an import was
 * writing: the transaction manager's reaper rolled it back) is a 503 with Retry-After, not a 500.
 * Only the classification is tested here: a real timeout takes the transaction manager's 60 s.
 */
class TimeoutProblemTest {

    @Test
    void aRolledBackOrCancelledTransactionIsATimeout() {
        assertTrue(ProblemMappers.timedOut(new RuntimeException("Error invoking subclass method",
                new jakarta.transaction.RollbackException("ARJUNA016102: The transaction is not active!"))));
        assertTrue(ProblemMappers.timedOut(new IllegalStateException(
                new SQLException("Statement was canceled or the session timed out", "57014"))));
        assertTrue(ProblemMappers.timedOut(new org.hibernate.exception.GenericJDBCException("query",
                new SQLException("canceling statement due to statement timeout", "57014"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(ProblemMappers.timedOut(new IllegalStateException("a bug")));
        assertFalse(ProblemMappers.timedOut(new RuntimeException(new SQLException("syntax error", "42000"))));
        assertFalse(ProblemMappers.timedOut(new NullPointerException()));
    }
}
