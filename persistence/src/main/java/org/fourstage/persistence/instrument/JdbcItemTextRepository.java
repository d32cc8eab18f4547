package org.fourstage.persistence.instrument;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fourstage.domain.identity.AccountId;
import org.fourstage.domain.clinic.ClinicId;
import org.fourstage.domain.instrument.InstrumentDefinition;
import org.fourstage.domain.instrument.InstrumentId;
import org.fourstage.domain.instrument.Item;
import org.fourstage.domain.instrument.ItemTextRepository;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Imported item wording in {@code instrument_item_texts}, one row per clinic, instrument
 * version and item.
 */
@Repository
class JdbcItemTextRepository implements ItemTextRepository {

	private final JdbcClient jdbc;

	JdbcItemTextRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, String> find(ClinicId clinicId, InstrumentId instrument, String version) {
		Map<String, String> text = new LinkedHashMap<>();
		this.jdbc
			.sql("SELECT item_id, text FROM instrument_item_texts WHERE clinic_id = :clinic "
					+ "AND instrument_id = :instrument AND instrument_version = :version ORDER BY item_id")
			.param("clinic", clinicId.value())
			.param("instrument", instrument.value())
			.param("version", version)
			.query((row) -> {
				text.put(row.getString("item_id"), row.getString("text"));
			});
		return text;
	}

	@Override
	public void replace(ClinicId clinicId, InstrumentDefinition definition, AccountId by) {
		this.jdbc
			.sql("DELETE FROM instrument_item_texts WHERE clinic_id = :clinic AND instrument_id = :instrument "
					+ "AND instrument_version = :version")
			.param("clinic", clinicId.value())
			.param("instrument", definition.id().value())
			.param("version", definition.version())
			.update();
		for (Item item : definition.items()) {
			definition.itemText(item.id())
				.ifPresent((text) -> this.jdbc
					.sql("INSERT INTO instrument_item_texts (clinic_id, instrument_id, instrument_version, item_id, "
							+ "text, imported_by) VALUES (:clinic, :instrument, :version, :item, :text, :by)")
					.param("clinic", clinicId.value())
					.param("instrument", definition.id().value())
					.param("version", definition.version())
					.param("item", item.id())
					.param("text", text)
					.param("by", by.value())
					.update());
		}
	}

}
