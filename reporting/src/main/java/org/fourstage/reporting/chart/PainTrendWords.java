package org.fourstage.reporting.chart;

import java.util.Map;

import org.fourstage.domain.program.Stage;

/**
 * The words of the pain chart beyond {@link ChartWords}.
 *
 * @param morning name of the morning series
 * @param evening name of the evening series
 * @param beforeSession name of the before-session series
 * @param afterSession name of the after-session series
 * @param flareUp name of the flare-up markers (legend and table column)
 * @param stage name of the stage column of the table
 * @param stageNames each stage's short name (e.g. "Stage 1")
 */
public record PainTrendWords(String morning, String evening, String beforeSession, String afterSession, String flareUp,
		String stage, Map<Stage, String> stageNames) {

}
