package org.fourstage.web.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Supplies a {@link BrowserSession} to browser tests and skips them, visibly, where
 * chromium is not installed, unless CI requires them.
 */
public class BrowserExtension implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		if (Chromium.installed()) {
			return;
		}
		String message = "Browser tests need Debian's chromium at " + Chromium.EXECUTABLE
				+ " (apt-get install chromium)";
		if ("required".equalsIgnoreCase(System.getenv("FOURSTAGE_BROWSER_TESTS"))) {
			throw new IllegalStateException(message + "; FOURSTAGE_BROWSER_TESTS=required forbids skipping them");
		}
		System.err.println("SKIPPED " + context.getDisplayName() + ": " + message);
		Assumptions.abort(message);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == BrowserSession.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		BrowserSession session = new BrowserSession("http://localhost:" + port);
		context.getStore(NAMESPACE).put("session", session);
		return session;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		BrowserSession session = context.getStore(NAMESPACE).remove("session", BrowserSession.class);
		if (session != null) {
			session.close();
		}
	}

}
