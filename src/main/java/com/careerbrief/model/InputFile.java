package com.careerbrief.model;

/**
 * One input file of a run, for the run's fingerprint and the workbook's About sheet.
 *
 * @param path path relative to the input folder
 * @param size bytes
 * @param sha256 content hash, hex
 */
public record InputFile(String path, long size, String sha256) {
}
