package org.fourstage.domain.tracking;

import java.time.Instant;
import java.util.UUID;

import org.fourstage.domain.patient.PatientId;

/**
 * A flare-up as kept.
 *
 * @param id the flare-up
 * @param patientId whose it is
 * @param entry what was entered
 * @param recordedBy who entered it
 * @param createdAt when it was entered
 * @param updatedAt when it was last changed, such as when its end was recorded
 */
public record FlareUp(UUID id, PatientId patientId, FlareUpEntry entry, RecordedBy recordedBy, Instant createdAt,
		Instant updatedAt) {

	/**
	 * What the progression advisor reads of it.
	 * @return the advisor's input
	 */
	public FlareUpReport report() {
		return new FlareUpReport(this.entry.peakPain(), this.entry.sharpOrShootingLegPain(),
				this.entry.hasRedFlagSign());
	}

}
