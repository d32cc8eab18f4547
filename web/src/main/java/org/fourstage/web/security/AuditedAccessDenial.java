package org.fourstage.web.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fourstage.domain.audit.AuditAction;
import org.fourstage.web.audit.RefusalAudit;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Answers every refusal of the filter chain with the 403 page, after auditing it: a page
 * of another role, or a form sent without its token or with a wrong one.
 */
class AuditedAccessDenial implements AccessDeniedHandler {

	private final RefusalAudit audit;

	private final AccessDeniedHandler page = new AccessDeniedHandlerImpl();

	AuditedAccessDenial(RefusalAudit audit) {
		this.audit = audit;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException refusal)
			throws IOException, ServletException {
		this.audit.refused(request,
				(refusal instanceof CsrfException) ? AuditAction.FORM_TOKEN_REFUSED : AuditAction.ACCESS_DENIED);
		this.page.handle(request, response, refusal);
	}

}
