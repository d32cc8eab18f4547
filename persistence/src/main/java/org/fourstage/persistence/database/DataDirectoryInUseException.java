package org.fourstage.persistence.database;

import java.nio.file.Path;

/**
 * Another running instance holds the data folder; starting a second server on it would
 * corrupt the cluster.
 */
public class DataDirectoryInUseException extends IllegalStateException {

	public DataDirectoryInUseException(Path folder) {
		super("The data folder " + folder + " is in use by another FourStage instance. Stop that instance first, "
				+ "or point this one at another folder with FOURSTAGE_DATA_DIR.");
	}

}
