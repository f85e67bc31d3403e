package com.careerbrief.model;

/**
 * The sentence a claim was read from, with where to find it.
 *
 * @param section the heading the sentence sits under, or "" before the first heading
 * @param sentence the exact sentence as it appears in the extracted text
 * @param start character offset of the sentence in the document's extracted text
 * @param end offset one past its last character
 */
public record Quote(String section, String sentence, int start, int end) {
}
