package org.fourstage.web.security;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.fourstage.web.security.RouteFixture.Persona;
import org.fourstage.web.testing.BrokenUpload;
import org.fourstage.web.testing.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sends hostile values to every route of the application as every kind of person and
 * requires that none is answered with a server error. The routes and the names of their
 * fields are read from the registered handler mappings (request parameters and the
 * properties of form objects, rows of lists included), so a new form is covered without a
 * new line here.
 */
@WebTest
class HostileInputIT extends EveryRouteTest {

	/**
	 * Values nobody should be able to turn into a 5xx, whatever field they are put in.
	 */
	private static final Map<String, String> HOSTILE_VALUES = new LinkedHashMap<>();

	static {
		HOSTILE_VALUES.put("NUL", "before\u0000after");
		HOSTILE_VALUES.put("control characters", "tab\u000Bstart\u0001escape\u001B[31m");
		HOSTILE_VALUES.put("non-character", "odd \uFFFE \uFFFF");
		HOSTILE_VALUES.put("lone surrogate", "half \uD800 pair \uDC00");
		HOSTILE_VALUES.put("huge number", "99999999999999999999999999");
		HOSTILE_VALUES.put("huge negative number", "-99999999999999999999999999");
		HOSTILE_VALUES.put("huge date", "+999999999-12-31");
		HOSTILE_VALUES.put("markup", "<script>alert(1)</script>");
		HOSTILE_VALUES.put("huge text", "x".repeat(100_000));
	}

	/** Filters, not controllers, serve these forms; they are named here by hand. */
	private static final Map<String, Set<String>> FILTER_ROUTES = Map.of("POST /login",
			Set.of("clinic", "email", "password"));

	/**
	 * Stands for a handler that reads every parameter as a map, such as a questionnaire
	 * whose item names come from its definition: the names are read from its page.
	 */
	private static final String FIELDS_OF_THE_PAGE = "*";

	private static final Pattern FIELD_NAME = Pattern.compile("name=\"([^\"]+)\"");

	/** Indexes beyond any form's rows. */
	private static final List<Integer> HUGE_INDEXES = List.of(300, 100_000, Integer.MAX_VALUE);

	@Test
	void noHostileValueInAnyFieldOfAnyRouteIsAnsweredWithAServerError() throws Exception {
		Map<String, Set<String>> routes = new LinkedHashMap<>();
		RouteFixture.registeredRoutes(this.mappings).forEach((route, handler) -> routes.put(route, fields(handler)));
		routes.putAll(FILTER_ROUTES);
		List<String> serverErrors = new ArrayList<>();
		int requests = 0;
		for (Map.Entry<String, Set<String>> route : routes.entrySet()) {
			String method = route.getKey().split(" ", 2)[0];
			String path = this.fixture.path(route.getKey().split(" ", 2)[1]);
			Set<String> fields = new TreeSet<>(route.getValue());
			if (fields.remove(FIELDS_OF_THE_PAGE)) {
				requests += Persona.values().length;
				fields.addAll(fieldsOfThePage(path));
			}
			Map<String, Map<String, String>> variants = variants(fields);
			for (Persona persona : Persona.values()) {
				for (Map.Entry<String, Map<String, String>> variant : variants.entrySet()) {
					requests++;
					String failure = send(request(method, path, variant.getValue(), persona));
					if (failure != null) {
						serverErrors
							.add(route.getKey() + " as " + persona + " with " + variant.getKey() + ": " + failure);
					}
				}
				if (method.equals("POST")) {
					requests++;
					String failure = send(BrokenUpload.cutOff(path, this.fixture.session(persona)));
					if (failure != null) {
						serverErrors
							.add(route.getKey() + " as " + persona + " with a broken multipart body: " + failure);
					}
				}
			}
		}
		System.out.println("Hostile input: " + requests + " requests to " + routes.size() + " routes, "
				+ serverErrors.size() + " answered with a server error");

		assertThat(requests).isGreaterThan(routes.size() * Persona.values().length * HOSTILE_VALUES.size());
		assertThat(serverErrors).isEmpty();
	}

	@Test
	void theFieldsOfEveryFormAreFoundFromItsHandler() {
		Map<String, HandlerMethod> routes = RouteFixture.registeredRoutes(this.mappings);

		assertThat(fields(routes.get("POST /patients/{patientId}/program/stages/{stage}"))).contains("goal",
				"rows[0].note", "rows[0].dosage.sets");
		assertThat(fields(routes.get("GET /admin/audit"))).contains("person", "from", "to", "page");
		assertThat(fields(routes.get("POST /patients/{patientId}/notes"))).contains("body", "addendumTo");
		assertThat(fields(routes.get("POST /admin/instruments/{instrumentId}/item-text"))).contains("file");
		assertThat(fields(routes.get("POST /admin/settings/measurement-schedule"))).contains("painViaCheckIns",
				"patientSpecificScaleEveryWeeks", "disabilityIndexWeeks", "startBackWeeks");
		assertThat(fields(routes.get("POST /my/questionnaires/{instrumentId}"))).contains(FIELDS_OF_THE_PAGE);
		assertThat(fields(routes.get("POST /my/sessions"))).contains("idempotencyKey", "performedOn",
				"exercises[0].exercise", "exercises[0].completion", "exercises[0].sets", "exercises[0].holdSeconds",
				"painBefore", "painAfter", "difficulty", "note");
		assertThat(fields(routes.get("POST /my/sessions/{sessionId}"))).contains("exercises[0].reps", "note");
		assertThat(fields(routes.get("POST /my/check-in"))).contains("idempotencyKey", "day", "morningPain",
				"eveningPain", "morningStiffnessMinutes", "sleepQuality", "sittingToleranceMinutes");
		assertThat(fields(routes.get("POST /my/flare-ups"))).contains("idempotencyKey", "startedOn", "startedAt",
				"peakPain", "trigger", "legSymptoms", "sharpOrShooting", "redFlagSigns", "whatHelped");
		assertThat(fields(routes.get("POST /my/flare-ups/{flareUpId}/end"))).contains("endedOn");
		assertThat(fields(routes.get("POST /patients/{patientId}/sessions"))).contains("idempotencyKey", "performedOn",
				"exercises[0].completion", "exercises[0].sets", "painBefore", "note");
	}

	private Map<String, Map<String, String>> variants(Set<String> fields) {
		Map<String, Map<String, String>> variants = new LinkedHashMap<>();
		variants.put("every field missing", Map.of());
		HOSTILE_VALUES.forEach((name, value) -> {
			Map<String, String> params = new LinkedHashMap<>();
			fields.forEach((field) -> params.put(field, value));
			variants.put(name + " in every field", params);
		});
		// A value one field refuses must not shield the others: NUL in each field alone.
		fields.forEach((field) -> variants.put("NUL in " + field + " alone", Map.of(field, HOSTILE_VALUES.get("NUL"))));
		Map<String, String> indexes = new LinkedHashMap<>();
		for (String field : fields) {
			indexes.put(field + "[0]", "1");
			if (field.contains("[0]")) {
				HUGE_INDEXES.forEach((index) -> indexes.put(field.replace("[0]", "[" + index + "]"), "1"));
			}
		}
		variants.put("huge and impossible indexes", indexes);
		return variants;
	}

	private RequestBuilder request(String method, String path, Map<String, String> params, Persona persona) {
		MockHttpServletRequestBuilder request = switch (method) {
			case "GET" -> get(path);
			case "POST" -> post(path).with(csrf());
			default -> throw new IllegalStateException("No route of the app uses " + method);
		};
		params.forEach(request::param);
		Cookie session = this.fixture.session(persona);
		if (session != null) {
			request.cookie(session);
		}
		return request;
	}

	private Set<String> fieldsOfThePage(String path) throws Exception {
		Set<String> names = new TreeSet<>();
		for (Persona persona : Persona.values()) {
			MockHttpServletRequestBuilder page = get(path);
			Cookie session = this.fixture.session(persona);
			if (session != null) {
				page.cookie(session);
			}
			MockHttpServletResponse response = this.mvc.perform(page).andReturn().getResponse();
			if (response.getStatus() == 200) {
				FIELD_NAME.matcher(response.getContentAsString())
					.results()
					.map((match) -> match.group(1))
					.filter((name) -> !name.equals("_csrf"))
					.forEach(names::add);
			}
		}
		return names;
	}

	private String send(RequestBuilder request) {
		try {
			int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
			return (status >= 500) ? "status " + status : null;
		}
		catch (Exception ex) {
			return "exception " + ex;
		}
	}

	/**
	 * The names a handler reads from a request: its request parameters and the properties
	 * of its form objects, with {@code [0]} for the rows of a list.
	 */
	private static Set<String> fields(HandlerMethod handler) {
		Set<String> names = new TreeSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null && Map.class.isAssignableFrom(parameter.getParameterType())) {
				names.add(FIELDS_OF_THE_PAGE);
			}
			else if (param != null) {
				names.add(!param.name().isEmpty() ? param.name() : parameter.getParameterName());
			}
			else if (!parameter.hasParameterAnnotation(PathVariable.class)
					&& !parameter.hasParameterAnnotation(AuthenticationPrincipal.class)
					&& isForm(parameter.getParameterType())) {
				properties(parameter.getParameterType(), "", names, 0);
			}
		}
		return names;
	}

	private static boolean isForm(Class<?> type) {
		return type.getPackageName().startsWith("org.fourstage.web") && !type.isEnum();
	}

	private static void properties(Class<?> form, String prefix, Set<String> names, int depth) {
		Map<String, Type> properties = new LinkedHashMap<>();
		if (form.isRecord()) {
			for (RecordComponent component : form.getRecordComponents()) {
				properties.put(component.getName(), component.getGenericType());
			}
		}
		else {
			for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(form)) {
				if (property.getWriteMethod() != null) {
					properties.put(property.getName(), property.getWriteMethod().getGenericParameterTypes()[0]);
				}
			}
			for (Field field : form.getDeclaredFields()) {
				properties.putIfAbsent(field.getName(), field.getGenericType());
			}
		}
		properties.forEach((name, type) -> {
			Class<?> element = listElement(type);
			if (element != null && isForm(element) && depth < 3) {
				properties(element, prefix + name + "[0].", names, depth + 1);
			}
			else if (type instanceof Class<?> nested && isForm(nested) && depth < 3) {
				properties(nested, prefix + name + ".", names, depth + 1);
			}
			else if (!java.lang.reflect.Modifier.isStatic(modifiers(form, name))) {
				names.add(prefix + name);
			}
		});
	}

	private static int modifiers(Class<?> form, String name) {
		try {
			return form.getDeclaredField(name).getModifiers();
		}
		catch (NoSuchFieldException ex) {
			return 0;
		}
	}

	private static Class<?> listElement(Type type) {
		if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
				&& Collection.class.isAssignableFrom(raw)
				&& generic.getActualTypeArguments()[0] instanceof Class<?> element) {
			return element;
		}
		return null;
	}

}
