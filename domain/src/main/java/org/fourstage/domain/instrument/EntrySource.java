package org.fourstage.domain.instrument;

/**
 * Who put the answers into the system.
 */
public enum EntrySource {

	/** The physio typed the item scores from a paper form the patient filled in. */
	PHYSIO_FROM_PAPER,
	/** The patient answered in the portal. */
	PATIENT

}
