package org.fourstage.web.support;

import java.util.stream.Collectors;

import org.fourstage.domain.program.Dosage;
import org.fourstage.domain.program.DosageWords;
import org.springframework.stereotype.Component;

/**
 * Words a dosage as the patient reads it ("3 sets of 10, hold 5 seconds") from the parts
 * the domain gives ({@link DosageWords}), through the messages {@code dosage.words.*}.
 * Templates reach it as {@code ${@dosageWording.of(dosage)}}.
 */
@Component("dosageWording")
public class DosageWording {

	private final Wording wording;

	public DosageWording(Wording wording) {
		this.wording = wording;
	}

	/**
	 * The dosage in the reader's language.
	 * @param dosage the dosage
	 * @return the line; "as your physiotherapist shows you" when nothing is set
	 */
	public String of(Dosage dosage) {
		DosageWords words = dosage.inWords();
		if (words.isEmpty()) {
			return this.wording.of("dosage.words.asShown");
		}
		String parts = words.parts()
			.stream()
			.map(this.wording::of)
			.collect(Collectors.joining(this.wording.of("dosage.words.separator")));
		if (words.rounds() == null) {
			return parts;
		}
		String rounds = this.wording.of(words.rounds());
		return parts.isEmpty() ? rounds : this.wording.of("dosage.words.roundsThen", rounds, parts);
	}

}
