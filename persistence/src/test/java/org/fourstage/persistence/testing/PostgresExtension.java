package org.fourstage.persistence.testing;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Gives each test class a fresh migrated database; see {@link PostgresTest}.
 */
public class PostgresExtension implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(PostgresExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		TestPostgres postgres = TestPostgres.get();
		String database = postgres.createMigratedDatabase();
		context.getStore(NAMESPACE).put("database", database);
		context.getStore(NAMESPACE).put("dataSource", postgres.dataSource(database));
	}

	@Override
	public void afterAll(ExtensionContext context) {
		HikariDataSource dataSource = context.getStore(NAMESPACE).remove("dataSource", HikariDataSource.class);
		String database = context.getStore(NAMESPACE).remove("database", String.class);
		if (dataSource != null) {
			dataSource.close();
		}
		if (database != null) {
			TestPostgres.get().dropDatabase(database);
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == DataSource.class || type == JdbcClient.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		DataSource dataSource = dataSource(context);
		return (parameter.getParameter().getType() == JdbcClient.class) ? JdbcClient.create(dataSource) : dataSource;
	}

	private static DataSource dataSource(ExtensionContext context) {
		ExtensionContext classContext = context;
		while (classContext.getStore(NAMESPACE).get("dataSource") == null && classContext.getParent().isPresent()) {
			classContext = classContext.getParent().get();
		}
		return classContext.getStore(NAMESPACE).get("dataSource", DataSource.class);
	}

}
