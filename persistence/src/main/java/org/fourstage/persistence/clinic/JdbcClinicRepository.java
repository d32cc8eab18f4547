package org.fourstage.persistence.clinic;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.fourstage.domain.clinic.Clinic;
import org.fourstage.domain.clinic.ClinicCode;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.clinic.ClinicName;
import org.fourstage.domain.clinic.ClinicRepository;
import org.fourstage.domain.clinic.DuplicateClinicNameException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Clinics kept in the {@code clinics} table.
 */
@Repository
class JdbcClinicRepository implements ClinicRepository {

	private static final String COLUMNS = "id, name, sign_in_code, created_at";

	private final JdbcClient jdbc;

	JdbcClinicRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Clinic add(ClinicName name) {
		try {
			return this.jdbc.sql("INSERT INTO clinics (name) VALUES (:name) RETURNING " + COLUMNS)
				.param("name", name.value())
				.query(JdbcClinicRepository::map)
				.single();
		}
		catch (DuplicateKeyException ex) {
			throw new DuplicateClinicNameException(name);
		}
	}

	@Override
	public Optional<Clinic> find(ClinicId id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM clinics WHERE id = :id")
			.param("id", id.value())
			.query(JdbcClinicRepository::map)
			.optional();
	}

	@Override
	public Optional<Clinic> findBySignInCode(ClinicCode code) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM clinics WHERE sign_in_code = :code")
			.param("code", code.value())
			.query(JdbcClinicRepository::map)
			.optional();
	}

	@Override
	public List<Clinic> findAll() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM clinics ORDER BY lower(name)")
			.query(JdbcClinicRepository::map)
			.list();
	}

	private static Clinic map(ResultSet row, int rowNumber) throws SQLException {
		return new Clinic(new ClinicId(row.getObject("id", UUID.class)), new ClinicName(row.getString("name")),
				new ClinicCode(row.getString("sign_in_code")), row.getTimestamp("created_at").toInstant());
	}

}
