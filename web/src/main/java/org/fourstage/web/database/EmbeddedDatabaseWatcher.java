package org.fourstage.web.database;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.fourstage.persistence.database.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Looks at the embedded PostgreSQL every second and starts it again, on the same port and
 * cluster, when its process has died (killed, crashed, or stopped by hand). The
 * connection pool then finds the server again by itself.
 * <p>
 * While restarts keep failing the application stays alive, because the next attempt may
 * succeed; only after {@link #GIVE_UP_AFTER} of failures does it report itself broken, so
 * an orchestrator may restart the whole instance.
 */
final class EmbeddedDatabaseWatcher implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseWatcher.class);

	static final Duration INTERVAL = Duration.ofSeconds(1);

	static final Duration GIVE_UP_AFTER = Duration.ofMinutes(2);

	private final EmbeddedPostgresServer server;

	private final ApplicationEventPublisher events;

	private final ScheduledExecutorService executor;

	private boolean failing;

	private long failingSince;

	private boolean broken;

	private EmbeddedDatabaseWatcher(EmbeddedPostgresServer server, ApplicationEventPublisher events) {
		this.server = server;
		this.events = events;
		this.executor = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "embedded-postgres-watcher");
			thread.setDaemon(true);
			return thread;
		});
	}

	static EmbeddedDatabaseWatcher start(EmbeddedPostgresServer server, ApplicationEventPublisher events) {
		EmbeddedDatabaseWatcher watcher = new EmbeddedDatabaseWatcher(server, events);
		watcher.executor.scheduleWithFixedDelay(watcher::check, INTERVAL.toMillis(), INTERVAL.toMillis(),
				TimeUnit.MILLISECONDS);
		return watcher;
	}

	private void check() {
		if (this.server.isRunning()) {
			return;
		}
		long startedAt = System.nanoTime();
		log.warn("Embedded PostgreSQL (process {}) is gone; starting it again on localhost:{}",
				this.server.postmasterPid().map(String::valueOf).orElse("unknown"), this.server.port());
		try {
			this.server.restart();
			log.info("Embedded PostgreSQL is back after a restart of {} ms",
					TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
			recovered();
		}
		catch (RuntimeException ex) {
			log.error("Embedded PostgreSQL could not be started again; trying again in {} s", INTERVAL.toSeconds(), ex);
			failed(startedAt);
		}
	}

	private void failed(long now) {
		if (!this.failing) {
			this.failing = true;
			this.failingSince = now;
		}
		if (!this.broken && now - this.failingSince > GIVE_UP_AFTER.toNanos()) {
			this.broken = true;
			log.error("Embedded PostgreSQL has not come back for {}; reporting the application as broken",
					GIVE_UP_AFTER);
			publish(LivenessState.BROKEN);
		}
	}

	private void recovered() {
		this.failing = false;
		if (this.broken) {
			this.broken = false;
			publish(LivenessState.CORRECT);
		}
	}

	private void publish(LivenessState state) {
		AvailabilityChangeEvent.publish(this.events, this, state);
	}

	@Override
	public void close() {
		this.executor.shutdownNow();
		try {
			this.executor.awaitTermination(70, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
