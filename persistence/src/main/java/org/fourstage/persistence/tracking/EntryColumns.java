package org.fourstage.persistence.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

import org.fourstage.domain.account.Role;
import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.tracking.RecordedBy;
import org.jspecify.annotations.Nullable;

/**
 * Reading the columns every tracking table shares.
 */
final class EntryColumns {

	private EntryColumns() {
	}

	static RecordedBy recordedBy(ResultSet row) throws SQLException {
		return new RecordedBy(new AccountId(row.getObject("recorded_by_account_id", java.util.UUID.class)),
				Role.valueOf(row.getString("recorded_by_role")));
	}

	static Instant instant(ResultSet row, String column) throws SQLException {
		return row.getTimestamp(column).toInstant();
	}

	static @Nullable Integer integer(ResultSet row, String column) throws SQLException {
		int value = row.getInt(column);
		return row.wasNull() ? null : value;
	}

}
