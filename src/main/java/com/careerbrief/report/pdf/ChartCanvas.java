package com.careerbrief.report.pdf;

import java.awt.Color;

import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

/** A small drawing surface for the brief's charts: a PDF template with text and line helpers, placed as an image. */
final class ChartCanvas {

	final PdfTemplate template;
	private final BriefFonts fonts;

	ChartCanvas(BriefContext context, float width, float height) {
		this.template = context.writer().getDirectContent().createTemplate(width, height);
		this.fonts = context.fonts();
	}

	void text(String text, float x, float y, int align, float size, boolean bold, Color color) {
		BaseFont font = bold ? fonts.bold : fonts.regular;
		template.beginText();
		template.setColorFill(color);
		template.setFontAndSize(font, size);
		template.showTextAligned(align, text, x, y, 0);
		template.endText();
	}

	void line(float x1, float y1, float x2, float y2, float width, Color color) {
		template.setLineWidth(width);
		template.setColorStroke(color);
		template.moveTo(x1, y1);
		template.lineTo(x2, y2);
		template.stroke();
	}

	void dashedLine(float x1, float y1, float x2, float y2, Color color) {
		template.saveState();
		template.setLineDash(2f, 2f, 0f);
		line(x1, y1, x2, y2, 0.6f, color);
		template.restoreState();
	}

	void box(float x, float y, float w, float h, Color fill) {
		template.setColorFill(fill);
		template.rectangle(x, y, w, h);
		template.fill();
	}

	void dot(float x, float y, float r, Color fill) {
		template.setColorFill(fill);
		template.circle(x, y, r);
		template.fill();
	}

	Image image() {
		Image image = Image.getInstance(template);
		image.setAlignment(Element.ALIGN_LEFT);
		return image;
	}

	static final int LEFT = PdfContentByte.ALIGN_LEFT;
	static final int CENTER = PdfContentByte.ALIGN_CENTER;
	static final int RIGHT = PdfContentByte.ALIGN_RIGHT;
}
