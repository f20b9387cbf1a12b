// Lays a Report out on the pages of a QPagedPaintDevice: a QPdfWriter, or the
// QPrinter the GUI got from the print dialog. Each page has a footer with the
// report's title and "Page 2 of 5"; a table that runs over a page repeats its
// header row on the next. Needs a QGuiApplication (fonts).
#pragma once

#include "Report.h"
#include "Result.h"

class QPagedPaintDevice;

namespace lotbook::ReportRenderer {

// Paints the pages on the device, in the page layout (paper, orientation and
// margins) it already has: all of them, or pages `first` to `last` (from 1;
// 0: from the first, to the last) when a print dialog asked for a range.
// Returns the number of pages the report has.
Result<int> render(const Report &report, QPagedPaintDevice &device, int first = 0, int last = 0);
// Writes the report as a PDF file: A4, the report's orientation, 15 mm margins.
// The file appears complete or not at all (written aside, then renamed).
Result<int> writePdf(const Report &report, const QString &path);

} // namespace lotbook::ReportRenderer
