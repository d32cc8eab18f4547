package org.fourstage.web.library;

import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.fourstage.domain.audit.Actor;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.domain.audit.AuditTarget;
import org.fourstage.domain.library.LibraryExercise;
import org.fourstage.domain.library.LibraryExercises;
import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.program.ExerciseCode;
import org.fourstage.web.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds one of a clinic's own exercises to its library: the exercise gets a code of its
 * own, and the write and its audit entry share one transaction.
 */
@Service
class ExerciseAdding {

	private final LibraryExercises exercises;

	private final AuditTrail audit;

	ExerciseAdding(LibraryExercises exercises, AuditTrail audit) {
		this.exercises = exercises;
		this.audit = audit;
	}

	/**
	 * Adds an exercise as the clinic's own.
	 * @param actor the physio who adds it
	 * @param form the form, already checked
	 * @param dosage its default dosage, read from the form
	 * @return the exercise as stored
	 */
	@Transactional
	LibraryExercise add(Actor actor, ExerciseForm form, Dosage dosage) {
		Exercise exercise = new Exercise(ownCode(form.name()), form.name().strip(), form.stage(), form.target(),
				form.stepLines(), form.cautionLines(), dosage);
		LibraryExercise added = this.exercises.addOwn(actor.clinicId(), actor.accountId(), exercise);
		this.audit.success(actor, AuditAction.EXERCISE_CREATED, AuditTarget.EXERCISE, added.id());
		return added;
	}

	// Own codes carry a prefix the seeds never use and a random tail, so a clinic's
	// exercise never collides with a shared one or with another of the clinic's own.
	static ExerciseCode ownCode(String name) {
		String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > 40) {
			slug = slug.substring(0, 40).replaceAll("-+$", "");
		}
		String tail = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
		return ExerciseCode.of(SharedLibraryLoader.OWN_PREFIX + (slug.isEmpty() ? "exercise" : slug) + "-" + tail);
	}

}
