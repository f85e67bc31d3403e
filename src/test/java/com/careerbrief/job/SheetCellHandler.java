package com.careerbrief.job;

import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams a worksheet's XML and hands each row start and each cell (reference, type, and value with
 * shared strings looked up) to a subclass: large workbooks are read without a DOM.
 */
abstract class SheetCellHandler extends DefaultHandler {

	private final SharedStrings strings;

	private final StringBuilder text = new StringBuilder();

	private String ref;

	private String type;

	SheetCellHandler(SharedStrings strings) {
		this.strings = strings;
	}

	/** A new row starts. */
	abstract void row();

	/** One cell: its reference (e.g. "B7"), its type attribute (null for a number) and its value. */
	abstract void cell(String ref, String type, String value);

	@Override
	public void startElement(String uri, String localName, String qName, Attributes atts) {
		if ("row".equals(qName)) {
			row();
		}
		else if ("c".equals(qName)) {
			ref = atts.getValue("r");
			type = atts.getValue("t");
			text.setLength(0);
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		text.append(ch, start, length);
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		if ("c".equals(qName)) {
			String value = "s".equals(type) && strings != null
					? strings.getItemAt(Integer.parseInt(text.toString().trim())).getString() : text.toString();
			cell(ref, type, value);
		}
	}

}
