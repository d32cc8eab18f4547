package org.fourstage.web.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.Part;
import org.jspecify.annotations.Nullable;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Multipart posts whose body the servlet container cannot read, failing the way Tomcat
 * fails: a body cut off in the middle, and a file over the container's size limit.
 * MockMvc never parses a body itself, so the failure is raised where Tomcat raises it,
 * when the parts are read.
 */
public final class BrokenUpload {

	private BrokenUpload() {
	}

	/**
	 * A multipart post whose body ends in the middle of a part.
	 * @param path where it is posted
	 * @param session the sender's session, or null
	 * @return the request
	 */
	public static RequestBuilder cutOff(String path, @Nullable Cookie session) {
		return failingWith(path, session, new IOException("Unexpected end of the multipart body"));
	}

	/**
	 * A multipart post with a file larger than the container accepts.
	 * @param path where it is posted
	 * @param session the sender's session, or null
	 * @return the request
	 */
	public static RequestBuilder tooLarge(String path, @Nullable Cookie session) {
		return failingWith(path, session,
				new IllegalStateException("org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException: "
						+ "The field file exceeds its maximum permitted size of 1048576 bytes."));
	}

	private static RequestBuilder failingWith(String path, @Nullable Cookie session, Exception failure) {
		return (servletContext) -> {
			MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "POST", path) {

				@Override
				public Collection<Part> getParts() throws IOException {
					throw rethrown(failure);
				}

				@Override
				public Part getPart(String name) throws IOException {
					throw rethrown(failure);
				}

			};
			request.setContentType("multipart/form-data; boundary=cut");
			request.setContent(
					"--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"wording.txt\"\r\n\r\npain = "
						.getBytes(StandardCharsets.UTF_8));
			if (session != null) {
				request.setCookies(session);
			}
			return csrf().postProcessRequest(request);
		};
	}

	private static IOException rethrown(Exception failure) {
		if (failure instanceof IOException io) {
			return io;
		}
		throw (RuntimeException) failure;
	}

}
