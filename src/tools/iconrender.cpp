// Build-time helper: renders the scalable application icon to the PNG sizes desktops still ask for
// (hicolor/NxN/apps), through Qt's own SVG image plugin so the build needs no extra converter.
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    // No display at build time.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: iconrender SVG SIZE PNG\n");
        return 1;
    }
    bool ok = false;
    const int size = args.at(2).toInt(&ok);
    if (!ok || size <= 0) {
        std::fprintf(stderr, "iconrender: %s is not a size in pixels\n", qPrintable(args.at(2)));
        return 1;
    }
    QImageReader reader(args.at(1), "svg");
    reader.setScaledSize(QSize(size, size));
    const QImage image = reader.read();
    if (image.isNull()) {
        // Usually the SVG image plugin (Debian: libqt6svg6) is missing.
        std::fprintf(stderr, "iconrender: cannot read %s: %s\n", qPrintable(args.at(1)),
                     qPrintable(reader.errorString()));
        return 1;
    }
    QSaveFile out(args.at(3));
    if (!out.open(QIODevice::WriteOnly) || !image.save(&out, "PNG") || !out.commit()) {
        std::fprintf(stderr, "iconrender: cannot write %s: %s\n", qPrintable(args.at(3)), qPrintable(out.errorString()));
        return 1;
    }
    return 0;
}
