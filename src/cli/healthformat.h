#pragma once

#include <QString>

#include <optional>

/** How the health commands write figures for people: sizes, durations, shares, times, query text. */
namespace HealthFormat {
QString size(qint64 bytes);               // 8.0 KiB, 1.2 GiB
QString duration(double seconds);         // 0.4 s, 3 min 12 s, 2 h 5 min, 4 d 3 h
QString percent(const std::optional<double> &share);  // 12.5 %, or - when unknown
QString time(const QString &isoUtc);      // 2026-12-05 17:30:01 UTC, or "never"
QString query(const QString &text, int width);  // one line, control characters visible, cut to width
}
