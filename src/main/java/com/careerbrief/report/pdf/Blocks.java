package com.careerbrief.report.pdf;

import java.util.List;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.ListItem;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;

/** Builds the brief's recurring text blocks (paragraphs, bullet lists, label–value lines) in one tight style. */
final class Blocks {

	private static final float LEADING = 10f;

	private final BriefFonts fonts;

	Blocks(BriefFonts fonts) {
		this.fonts = fonts;
	}

	Paragraph paragraph(String text) {
		return paragraph(text, fonts.body());
	}

	Paragraph paragraph(String text, Font font) {
		Paragraph p = new Paragraph(LEADING, text, font);
		p.setSpacingAfter(2f);
		return p;
	}

	/** "Label: text" with the label in bold. */
	Paragraph labelled(String label, String text) {
		Paragraph p = new Paragraph(LEADING, "", fonts.body());
		p.add(new Chunk(label + " ", fonts.bodyBold()));
		p.add(new Chunk(text, fonts.body()));
		p.setSpacingAfter(2f);
		return p;
	}

	com.lowagie.text.List bullets(List<? extends Phrase> items) {
		com.lowagie.text.List list = new com.lowagie.text.List(false, 8f);
		list.setListSymbol(new Chunk("•", fonts.body()));
		for (Phrase item : items) {
			ListItem li = new ListItem(LEADING, "", fonts.body());
			li.addAll(item);
			list.add(li);
		}
		return list;
	}

	com.lowagie.text.List textBullets(List<String> items) {
		return bullets(items.stream().map(s -> new Phrase(LEADING, s, fonts.body())).toList());
	}

	/** A bullet whose first words are bold: "RHIT — Registered Health Information Technician (AHIMA)". */
	Phrase boldLead(String lead, String rest) {
		Phrase phrase = new Phrase(LEADING, "", fonts.body());
		phrase.add(new Chunk(lead, fonts.bodyBold()));
		if (rest != null && !rest.isBlank()) {
			// A label that ends in a colon needs no dash before its text.
			phrase.add(new Chunk((lead.endsWith(":") ? " " : " — ") + rest, fonts.body()));
		}
		return phrase;
	}

	Paragraph note(String text) {
		Paragraph p = new Paragraph(9f, text, fonts.small());
		p.setSpacingAfter(2f);
		return p;
	}
}
