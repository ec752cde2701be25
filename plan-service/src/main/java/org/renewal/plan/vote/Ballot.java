package org.renewal.plan.vote;

import java.time.Instant;

import org.renewal.platform.dictionary.Labelled;

/**
 * An owner's ballot. An owner votes once: a ballot cast for any of their units is the owner's vote for
 * all of them, and a later ballot replaces an earlier one while the vote is open.
 *
 * @param ownerKey    the owner (pseudonymous key from the household roll)
 * @param householdId the household it was cast for
 * @param choice      yes, no or abstain
 * @param channel     online (by the owner) or paper (recorded by staff)
 * @param recordedBy  token subject of who recorded it
 * @param castAt      when
 */
record Ballot(String ownerKey, String householdId, Choice choice, Channel channel, String recordedBy, Instant castAt) {

    /** How an owner voted; an abstention takes part but does not agree. */
    enum Choice implements Labelled {
        YES("同意", "Yes"), NO("反对", "No"), ABSTAIN("弃权", "Abstain");

        private final Label label;

        Choice(String zh, String en) {
            this.label = new Label(zh, en);
        }

        @Override
        public Label label() {
            return label;
        }
    }

    /** How the ballot came in. */
    enum Channel implements Labelled {
        ONLINE("线上表决", "Online"), PAPER("纸质表决票", "Paper ballot");

        private final Label label;

        Channel(String zh, String en) {
            this.label = new Label(zh, en);
        }

        @Override
        public Label label() {
            return label;
        }
    }
}
