package org.fourstage.web.testing;

import org.fourstage.persistence.testing.SwitchableDataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Before each test class, points the cached application context at a fresh copy of its
 * freshly started database, so no test class sees another's rows.
 */
public class FreshDatabaseExtension implements BeforeAllCallback {

	@Override
	public void beforeAll(ExtensionContext context) {
		SpringExtension.getApplicationContext(context).getBean(SwitchableDataSource.class).useFreshCopy();
	}

}
