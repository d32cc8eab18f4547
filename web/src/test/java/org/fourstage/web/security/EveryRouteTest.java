package org.fourstage.web.security;

import org.fourstage.domain.library.LibraryExercises;
import org.fourstage.domain.library.LibraryTemplates;
import org.fourstage.domain.program.Programs;
import org.fourstage.web.testing.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The base of the tests that walk every registered route as every kind of person: the
 * application, its handler mappings and the {@link RouteFixture} built once per class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EveryRouteTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	RouteFixture fixture;

	@BeforeAll
	void people(@Autowired TestAccounts accounts, @Autowired JdbcClient jdbc, @Autowired Programs programs,
			@Autowired LibraryExercises exercises, @Autowired LibraryTemplates templates) throws Exception {
		this.fixture = RouteFixture.create(this.mvc, accounts, jdbc, programs, exercises, templates);
	}

}
