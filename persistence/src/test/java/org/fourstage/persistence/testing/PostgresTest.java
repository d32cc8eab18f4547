package org.fourstage.persistence.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that works on a real PostgreSQL database: the class gets a fresh
 * database with the full schema and no rows, dropped after its last test. Test
 * constructors and methods may take a {@link javax.sql.DataSource} or a
 * {@link org.springframework.jdbc.core.simple.JdbcClient} on it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(PostgresExtension.class)
public @interface PostgresTest {

}
