package org.fourstage.web.tracking;

import java.time.Clock;

import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.tracking.EntryDating;
import org.fourstage.domain.tracking.RecordedBy;

import org.springframework.stereotype.Component;

/**
 * The moment and the day rules for whoever enters tracking data now.
 */
@Component
class EntryClock {

	private final Clock clock;

	EntryClock(Clock clock) {
		this.clock = clock;
	}

	EntryDating datingFor(Actor actor) {
		return new EntryDating(actor.role(), this.clock.instant(), this.clock.getZone());
	}

	static RecordedBy recordedBy(Actor actor) {
		return new RecordedBy(actor.accountId(), actor.role());
	}

}
