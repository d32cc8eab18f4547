package org.fourstage.web.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A journey through the running application in Debian's chromium, driven by Playwright,
 * on a fresh database per test class. Test methods take a {@link BrowserSession}.
 * <p>
 * Without {@code /usr/bin/chromium} the tests are skipped with a message, unless
 * {@code FOURSTAGE_BROWSER_TESTS=required} (set by CI) makes that a failure.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ExtendWith({ FreshDatabaseExtension.class, BrowserExtension.class })
public @interface BrowserTest {

}
