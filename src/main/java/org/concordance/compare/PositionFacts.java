package org.concordance.compare;

import java.time.LocalDate;

import org.concordance.measure.MeasureType;
import org.concordance.position.Basis;
import org.concordance.position.Stance;

/**
 * One stance on one measure ({@code id} is the position's stable identifier). The holder is a document (its own position) or an actor (as the
 * document {@code recordedIn} reports it); {@code date} is that document's publication date.
 */
public record PositionFacts(String id, String measure, MeasureType type, String holder, boolean byActor, String recordedIn,
        LocalDate date, Stance stance, Basis basis, String via, int evidence) {

    /** Known only as a third party's account of the holder's stance: never counted as the holder's own. */
    public boolean reported() {
        return basis == Basis.REPORTED;
    }
}
