package org.concordance.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A withdrawn signature ({@code role: withdrawn}) is a record of its own: it reads, and no
 * position can be derived from it (as from a declined one), since the name is no longer on the
 * document.
 */
class WithdrawnSignatureTest {

    static final String HUXIU = "documents/huxiu-pause-reactions.yaml";

    @Test
    void noPositionCanBeDerivedFromAWithdrawnSignature() {
        try (ScratchCorpus corpus = ScratchCorpus.copyOfReal()) {
            corpus.replace(HUXIU, "  - actor: yoshua-bengio\n    role: signed\n    document: fli-pause-letter",
                    "  - actor: yoshua-bengio\n    role: withdrawn\n    document: fli-pause-letter");
            List<Problem> problems = new CorpusReader(corpus.root).read().problems();
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("proposals/" + HUXIU + ":123:10: basis: signature, but no signature of 'yoshua-bengio' on "
                    + "'fli-pause-letter' is recorded in the corpus", problems.get(0).toString());

            // Without the derived position the withdrawal reads, as a signature whose role is withdrawn.
            corpus.replace(HUXIU, "    basis: signature\n    via: fli-pause-letter\n", "");
            CorpusReader.Result read = new CorpusReader(corpus.root).read();
            assertTrue(read.ok(), read.problems().toString());
            assertEquals("withdrawn", org.concordance.corpus.CorpusItems.of(read.corpus()).stream()
                    .filter(i -> i.id().equals("huxiu-pause-reactions.yoshua-bengio.withdrawn.fli-pause-letter"))
                    .findFirst().orElseThrow().fields().get("role"));
        }
    }

    /** One record per name on a list: an actor still recorded as signing or initiating it cannot also have withdrawn. */
    @Test
    void aWithdrawalBesideTheSameActorsEndorsementIsRefusedAtTheWithdrawal() {
        try (ScratchCorpus corpus = ScratchCorpus.copyOfReal()) {
            String cais = "documents/cais-statement-on-ai-risk.yaml";
            corpus.replace(cais, "  - actor: david-krueger\n    role: signed\n",
                    "  - actor: david-krueger\n    role: withdrawn\n");
            List<Problem> problems = new CorpusReader(corpus.root).read().problems();
            assertEquals(1, problems.size(), problems.toString());
            assertEquals("proposals/" + cais + ":55:5: 'david-krueger' withdrew the signature of 'cais-statement-on-ai-risk' "
                    + "but is also recorded as initiated at proposals/" + cais + ":29:5: keep one withdrawn record "
                    + "with the evidence of both and remove the other", problems.get(0).toString());
        }
    }
}
