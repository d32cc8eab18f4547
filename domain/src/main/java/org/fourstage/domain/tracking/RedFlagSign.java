package org.fourstage.domain.tracking;

/**
 * Signs a patient reports with a flare-up that need a clinician now, not at the next
 * visit: any one of them means "contact your clinic or emergency services".
 */
public enum RedFlagSign {

	BLADDER_OR_BOWEL_CHANGE,

	SADDLE_NUMBNESS,

	WORSENING_WEAKNESS,

	FEVER_OR_UNWELL

}
