package org.fourstage.domain.program;

import java.time.Instant;
import java.util.List;

/**
 * One saved version of a program, with what changed against the one before.
 *
 * @param version its number, from 1
 * @param program the program as saved
 * @param changes what changed, in plain words; empty for the first version
 * @param changedBy who saved it
 * @param changedAt when
 */
public record ProgramVersion(int version, Program program, List<ProgramChange> changes, String changedBy,
		Instant changedAt) {

	public ProgramVersion {
		changes = List.copyOf(changes);
	}

}
