package org.fourstage.web.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.fourstage.web.architecture.fixture.cycle.referral.Referral;
import org.fourstage.web.architecture.fixture.cycle.visit.Visit;
import org.fourstage.web.architecture.fixture.domain.SpringInTheDomain;
import org.fourstage.web.architecture.fixture.web.AdapterInTheWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Dependencies point inwards: web → reporting → persistence → domain, seeds → domain, web
 * → seeds; the domain is plain Java; the web reaches persistence through domain ports;
 * and within each module the feature packages are free of cycles.
 */
class ArchitectureTest {

	private static final JavaClasses PRODUCTION = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.withImportOption((location) -> !location.contains("-tests.jar"))
		.importPackages("org.fourstage");

	@ParameterizedTest
	@ValueSource(strings = { "domain", "persistence", "reporting", "seeds", "web" })
	void everyModuleHasCodeToGuard(String module) {
		assertThat(PRODUCTION.that(JavaClass.Predicates.resideInAPackage("org.fourstage." + module + "..")))
			.isNotEmpty();
	}

	@Test
	void domainIsPlainJava() {
		ArchitectureRules.DOMAIN_IS_PLAIN_JAVA.check(PRODUCTION);
	}

	@Test
	void domainDependsOnNoOtherModule() {
		ArchitectureRules.DOMAIN_DEPENDS_ON_NO_MODULE.check(PRODUCTION);
	}

	@Test
	void persistenceKnowsOnlyTheDomain() {
		ArchitectureRules.PERSISTENCE_KNOWS_ONLY_DOMAIN.check(PRODUCTION);
	}

	@Test
	void reportingKnowsNeitherWebNorSeeds() {
		ArchitectureRules.REPORTING_KNOWS_NEITHER_WEB_NOR_SEEDS.check(PRODUCTION);
	}

	@Test
	void seedsKnowOnlyTheDomain() {
		ArchitectureRules.SEEDS_KNOW_ONLY_DOMAIN.check(PRODUCTION);
	}

	@Test
	void domainFeaturesAreFreeOfCycles() {
		ArchitectureRules.DOMAIN_FEATURES_ARE_FREE_OF_CYCLES.check(PRODUCTION);
	}

	@Test
	void persistenceFeaturesAreFreeOfCycles() {
		ArchitectureRules.PERSISTENCE_FEATURES_ARE_FREE_OF_CYCLES.check(PRODUCTION);
	}

	@Test
	void reportingFeaturesAreFreeOfCycles() {
		ArchitectureRules.REPORTING_FEATURES_ARE_FREE_OF_CYCLES.check(PRODUCTION);
	}

	@Test
	void seedsFeaturesAreFreeOfCycles() {
		ArchitectureRules.SEEDS_FEATURES_ARE_FREE_OF_CYCLES.check(PRODUCTION);
	}

	@Test
	void webFeaturesAreFreeOfCycles() {
		ArchitectureRules.WEB_FEATURES_ARE_FREE_OF_CYCLES.check(PRODUCTION);
	}

	@Test
	void webReachesPersistenceOnlyThroughDomainPorts() {
		ArchitectureRules.WEB_REACHES_PERSISTENCE_THROUGH_PORTS.check(PRODUCTION);
	}

	@Test
	void failsWhenAWebClassUsesAPersistenceAdapter() {
		JavaClasses offending = new ClassFileImporter().importClasses(AdapterInTheWeb.class);
		ArchRule rule = ArchitectureRules.persistenceOnlyThroughPorts("org.fourstage.web.architecture.fixture.web..");

		assertThatThrownBy(() -> rule.check(offending)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("org.fourstage.persistence.clinic");
	}

	@Test
	void failsWhenADomainClassUsesSpring() {
		JavaClasses offending = new ClassFileImporter().importClasses(SpringInTheDomain.class);
		ArchRule rule = ArchitectureRules.plainJava("org.fourstage.web.architecture.fixture.domain..");

		assertThatThrownBy(() -> rule.check(offending)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("org.springframework");
	}

	@Test
	void failsWhenTwoFeaturePackagesUseEachOther() {
		JavaClasses cyclic = new ClassFileImporter().importClasses(Referral.class, Visit.class);
		ArchRule rule = ArchitectureRules.featuresFreeOfCycles("org.fourstage.web.architecture.fixture.cycle");

		assertThatThrownBy(() -> rule.check(cyclic)).isInstanceOf(AssertionError.class)
			.hasMessageContaining("Cycle detected")
			.hasMessageContaining("fixture.cycle.referral.Referral")
			.hasMessageContaining("fixture.cycle.visit.Visit");
	}

	@Test
	void cycleRuleFailsWhenTheGuardedPackageIsEmpty() {
		JavaClasses none = new ClassFileImporter().importClasses(SpringInTheDomain.class);

		assertThatThrownBy(() -> ArchitectureRules.DOMAIN_FEATURES_ARE_FREE_OF_CYCLES.check(none))
			.isInstanceOf(AssertionError.class);
	}

	@Test
	void failsWhenTheGuardedPackageIsEmpty() {
		JavaClasses none = new ClassFileImporter().importClasses(SpringInTheDomain.class);

		assertThatThrownBy(() -> ArchitectureRules.DOMAIN_IS_PLAIN_JAVA.check(none)).isInstanceOf(AssertionError.class);
	}

}
