package org.fourstage.web.support;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Styles, scripts and WebJars are linked with a hash of their content in the address
 * ({@code @{/css/fourstage.css}} becomes {@code /css/fourstage-<hash>.css}, a WebJar also
 * gets its version), so a changed file gets a new address and browsers may keep every
 * copy for a year without asking again. Pages, which hold patient data, stay
 * {@code no-store}.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssets implements WebMvcConfigurer {

	static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/**
	 * The browser asks for the icon at a fixed address, so a copy is kept for a day only.
	 */
	static final CacheControl FIXED_ADDRESS = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(VERSIONED)
			.resourceChain(true)
			.addResolver(contentHashes())
			.addResolver(new LiteWebJarsResourceResolver());
		registry.addResourceHandler("/css/**")
			.addResourceLocations("classpath:/static/css/")
			.setCacheControl(VERSIONED)
			.resourceChain(true)
			.addResolver(contentHashes());
		registry.addResourceHandler("/js/**")
			.addResourceLocations("classpath:/static/js/")
			.setCacheControl(VERSIONED)
			.resourceChain(true)
			.addResolver(contentHashes());
		registry.addResourceHandler("/favicon.ico")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(FIXED_ADDRESS);
	}

	private static VersionResourceResolver contentHashes() {
		return new VersionResourceResolver().addContentVersionStrategy("/**");
	}

}
