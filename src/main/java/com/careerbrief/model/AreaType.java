package com.careerbrief.model;

/** The kind of place a figure describes. */
public enum AreaType {
	NATIONAL, STATE, REGION
}
