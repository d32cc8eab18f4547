package org.fourstage.web.testing;

import java.lang.reflect.Field;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Gives every field of type {@link SignedIn} of a web test a fresh one when the test
 * instance is made: once per test by default, once per class with a per-class lifecycle,
 * as a {@code @BeforeEach} or {@code @BeforeAll} set-up would.
 */
public class SignedInExtension implements TestInstancePostProcessor {

	@Override
	public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws Exception {
		ApplicationContext application = SpringExtension.getApplicationContext(context);
		for (Field field : ReflectionSupport.findFields(testInstance.getClass(),
				(candidate) -> candidate.getType() == SignedIn.class, HierarchyTraversalMode.TOP_DOWN)) {
			field.setAccessible(true);
			field.set(testInstance,
					new SignedIn(application.getBean(TestAccounts.class), application.getBean(MockMvc.class)));
		}
	}

}
