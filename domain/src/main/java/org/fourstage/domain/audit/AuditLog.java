package org.fourstage.domain.audit;

/**
 * Where audit entries are written. There is no way to change or remove one.
 */
public interface AuditLog {

	void record(AuditEvent event);

}
