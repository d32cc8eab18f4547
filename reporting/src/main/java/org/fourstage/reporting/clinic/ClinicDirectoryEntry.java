package org.fourstage.reporting.clinic;

import java.time.Instant;

import org.fourstage.domain.clinic.ClinicId;

/**
 * One line of the clinic directory.
 *
 * @param id the clinic
 * @param name its name
 * @param signInCode the code its people type when they sign in
 * @param createdAt when it was added
 */
public record ClinicDirectoryEntry(ClinicId id, String name, String signInCode, Instant createdAt) {

}
