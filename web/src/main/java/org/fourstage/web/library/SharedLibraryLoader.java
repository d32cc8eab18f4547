package org.fourstage.web.library;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fourstage.domain.program.Exercise;
import org.fourstage.domain.library.LibraryExercises;
import org.fourstage.domain.library.LibraryTemplates;
import org.fourstage.domain.library.ProgramTemplate;
import org.fourstage.domain.library.SeedChange;
import org.fourstage.seeds.exercise.ExerciseLibrary;
import org.fourstage.seeds.template.ProgramTemplates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At every start, makes the shared exercise library and templates match the seeds shipped
 * with this version: new seeds are added, changed seeds update their shared row,
 * unchanged ones are left alone, and clinics' own rows are never touched. A seed removed
 * from the files stays in the database, because templates may still use it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SharedLibraryLoader implements ApplicationRunner {

	/** Codes of a clinic's own exercises start with this; the seeds may not use it. */
	static final String OWN_PREFIX = "own-";

	// Two instances starting together must not both insert the same seed.
	private static final long LOCK_KEY = 0x46535f5345454453L;

	private static final Logger log = LoggerFactory.getLogger(SharedLibraryLoader.class);

	private final LibraryExercises exercises;

	private final LibraryTemplates templates;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	SharedLibraryLoader(LibraryExercises exercises, LibraryTemplates templates, JdbcClient jdbc,
			TransactionTemplate transaction) {
		this.exercises = exercises;
		this.templates = templates;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		Map<SeedChange, Integer> changes = load(ExerciseLibrary.load().all(), ProgramTemplates.load());
		log.info("Shared exercise library and templates loaded: {}", changes);
	}

	/**
	 * Loads seeds in one transaction.
	 * @param library the exercises
	 * @param programTemplates the templates, referring to those exercises
	 * @return how many rows were added, updated and left unchanged
	 */
	Map<SeedChange, Integer> load(List<Exercise> library, List<ProgramTemplate> programTemplates) {
		for (Exercise exercise : library) {
			if (exercise.code().value().startsWith(OWN_PREFIX)) {
				throw new IllegalStateException(
						"Seed exercise " + exercise.code() + " uses the prefix kept for " + "clinics' own exercises");
			}
		}
		return this.transaction.execute((status) -> {
			this.jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query((row, n) -> 1).list();
			Map<SeedChange, Integer> counts = new EnumMap<>(SeedChange.class);
			for (SeedChange change : SeedChange.values()) {
				counts.put(change, 0);
			}
			library.forEach((exercise) -> counts.merge(this.exercises.upsertShared(exercise), 1, Integer::sum));
			programTemplates
				.forEach((template) -> counts.merge(this.templates.upsertShared(template), 1, Integer::sum));
			return counts;
		});
	}

}
