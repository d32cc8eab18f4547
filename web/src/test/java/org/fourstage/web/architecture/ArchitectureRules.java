package org.fourstage.web.architecture;

import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of the module map. Each rule fails when the package it guards is empty, so a
 * renamed package cannot make a rule pass vacuously.
 */
final class ArchitectureRules {

	static final ArchRule DOMAIN_IS_PLAIN_JAVA = plainJava("org.fourstage.domain..");

	static final ArchRule DOMAIN_DEPENDS_ON_NO_MODULE = mayNotUse("org.fourstage.domain..",
			"org.fourstage.persistence..", "org.fourstage.reporting..", "org.fourstage.seeds..", "org.fourstage.web..");

	static final ArchRule PERSISTENCE_KNOWS_ONLY_DOMAIN = mayNotUse("org.fourstage.persistence..",
			"org.fourstage.reporting..", "org.fourstage.seeds..", "org.fourstage.web..");

	static final ArchRule REPORTING_KNOWS_NEITHER_WEB_NOR_SEEDS = mayNotUse("org.fourstage.reporting..",
			"org.fourstage.seeds..", "org.fourstage.web..");

	static final ArchRule SEEDS_KNOW_ONLY_DOMAIN = mayNotUse("org.fourstage.seeds..", "org.fourstage.persistence..",
			"org.fourstage.reporting..", "org.fourstage.web..");

	static final ArchRule DOMAIN_FEATURES_ARE_FREE_OF_CYCLES = featuresFreeOfCycles("org.fourstage.domain");

	static final ArchRule PERSISTENCE_FEATURES_ARE_FREE_OF_CYCLES = featuresFreeOfCycles("org.fourstage.persistence");

	static final ArchRule REPORTING_FEATURES_ARE_FREE_OF_CYCLES = featuresFreeOfCycles("org.fourstage.reporting");

	static final ArchRule SEEDS_FEATURES_ARE_FREE_OF_CYCLES = featuresFreeOfCycles("org.fourstage.seeds");

	static final ArchRule WEB_FEATURES_ARE_FREE_OF_CYCLES = featuresFreeOfCycles("org.fourstage.web");

	static final ArchRule WEB_REACHES_PERSISTENCE_THROUGH_PORTS = persistenceOnlyThroughPorts("org.fourstage.web..");

	private ArchitectureRules() {
	}

	/**
	 * Classes of the package reach persistence only through the domain's ports, which
	 * Spring wires to the package-private adapters; of persistence itself they may use
	 * only the database set-up ({@code org.fourstage.persistence.database}).
	 * @param packageIdentifier the guarded package
	 * @return the rule
	 */
	static ArchRule persistenceOnlyThroughPorts(String packageIdentifier) {
		return noClasses().that()
			.resideInAPackage(packageIdentifier)
			.should()
			.dependOnClassesThat(resideInAPackage("org.fourstage.persistence..")
				.and(not(resideInAPackage("org.fourstage.persistence.database.."))))
			.allowEmptyShould(false)
			.because("the web reaches stored data through the domain's ports, never an adapter");
	}

	/**
	 * Classes of the package use no framework, database or web type.
	 * @param packageIdentifier the guarded package
	 * @return the rule
	 */
	static ArchRule plainJava(String packageIdentifier) {
		return noClasses().that()
			.resideInAPackage(packageIdentifier)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta..", "javax.servlet..",
					"org.flywaydb..", "org.postgresql..", "com.zaxxer..")
			.allowEmptyShould(false)
			.because("the domain is plain Java: no Spring, no SQL, no HTTP");
	}

	/**
	 * The feature packages directly below the module package (such as
	 * {@code domain.program} and {@code domain.library}) depend on each other without a
	 * cycle, so each can be read, tested and moved on its own.
	 * @param modulePackage the module package, such as {@code org.fourstage.domain}
	 * @return the rule
	 */
	static ArchRule featuresFreeOfCycles(String modulePackage) {
		return slices().matching(modulePackage + ".(*)..")
			.should()
			.beFreeOfCycles()
			.allowEmptyShould(false)
			.because("feature packages depend on each other in one direction only");
	}

	private static ArchRule mayNotUse(String packageIdentifier, String... forbidden) {
		return noClasses().that()
			.resideInAPackage(packageIdentifier)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(forbidden)
			.allowEmptyShould(false)
			.because("module dependencies point inwards");
	}

}
