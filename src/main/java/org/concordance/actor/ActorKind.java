package org.concordance.actor;

import org.concordance.Coded;

public enum ActorKind implements Coded {
    PERSON, ORGANISATION
}
