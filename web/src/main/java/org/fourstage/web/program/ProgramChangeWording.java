package org.fourstage.web.program;

import java.util.ArrayList;
import java.util.List;

import org.fourstage.domain.program.ProgramChange;
import org.fourstage.domain.program.ProgramChangeKind;
import org.fourstage.web.support.DosageWording;
import org.fourstage.web.support.Wording;
import org.springframework.stereotype.Component;

/**
 * Words a change between two program versions for the version history and the page that
 * shows a conflicting save ("Removed Glute bridge from Stage 3."). Templates reach it as
 * {@code ${@programChangeWording.of(c)}}.
 */
@Component("programChangeWording")
public class ProgramChangeWording {

	private final Wording wording;

	private final DosageWording dosages;

	ProgramChangeWording(Wording wording, DosageWording dosages) {
		this.wording = wording;
		this.dosages = dosages;
	}

	/**
	 * The change in the reader's language. The message {@code program.change.<kind>}
	 * takes the stage number first, then the texts of the change, then its dosages in
	 * plain words; a note or program notes set to empty read as removed.
	 * @param change the change
	 * @return the sentence
	 */
	public String of(ProgramChange change) {
		if (change.kind() == ProgramChangeKind.LEGACY_TEXT) {
			return String.join(" ", change.texts());
		}
		List<Object> arguments = new ArrayList<>();
		arguments.add((change.stage() != null) ? change.stage().number() : "");
		if (change.kind() == ProgramChangeKind.EXERCISES_REORDERED) {
			arguments.add(String.join(this.wording.of("program.change.listSeparator"), change.texts()));
		}
		else {
			arguments.addAll(change.texts());
		}
		change.dosages().stream().map(this.dosages::of).forEach(arguments::add);
		return this.wording.of(key(change), arguments);
	}

	private static String key(ProgramChange change) {
		boolean emptied = !change.texts().isEmpty() && change.texts().get(change.texts().size() - 1).isEmpty();
		if (emptied && (change.kind() == ProgramChangeKind.EXERCISE_NOTE_CHANGED
				|| change.kind() == ProgramChangeKind.PROGRAM_NOTES_CHANGED)) {
			return "program.change." + change.kind().name() + ".removed";
		}
		return "program.change." + change.kind().name();
	}

}
