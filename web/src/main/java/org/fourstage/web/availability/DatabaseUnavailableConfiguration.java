package org.fourstage.web.availability;

import java.util.EnumSet;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Places the {@link DatabaseUnavailableFilter} in front of Spring Session's filter, which
 * is the first one to touch the database.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseUnavailableConfiguration {

	static final int ORDER = SessionRepositoryFilter.DEFAULT_ORDER - 10;

	/**
	 * Wraps the application's connection pool (not a test's own data source) so that a
	 * request stops waiting for the database after its first failure.
	 * @return the post-processor
	 */
	@Bean
	static BeanPostProcessor failFastDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof HikariDataSource pool) ? new FailFastDataSource(pool) : bean;
			}
		};
	}

	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(UnavailablePage page) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(page));
		registration.setOrder(ORDER);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}

}
