package org.fourstage.web.program;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The physio's choice when assigning a program: which template, which stage to begin in,
 * and why that stage.
 */
public class AssignForm {

	private @Nullable UUID templateId;

	private int startStage = 1;

	private String reason = "";

	public @Nullable UUID getTemplateId() {
		return this.templateId;
	}

	public void setTemplateId(@Nullable UUID templateId) {
		this.templateId = templateId;
	}

	public int getStartStage() {
		return this.startStage;
	}

	public void setStartStage(int startStage) {
		this.startStage = startStage;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
