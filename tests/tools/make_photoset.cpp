// Writes the labelled photo set to a folder, one file per photo and labels.json beside them, so
// a reviewer can look at every variant the accuracy test judges (the real-face photos too when
// ../shared/data/faces is present). Usage: make_photoset OUTDIR
#include "photo/photoinspector.h"
#include "photoset.h"
#include "realfaceset.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_photoset OUTDIR\n");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    if (!out.mkpath(QStringLiteral(".")))
        return 1;
    const RegPoint::Kiosk::PhotoInspector inspector(
        RegPoint::Kiosk::PhotoProfile::load(QStringLiteral("hunan-2023")).value());
    QJsonObject labels;
    QList<RegPoint::Tests::LabelledPhoto> set = RegPoint::Tests::labelledPhotoSet(QStringLiteral(PHOTO_DIR), inspector);
    // The real-face photos too where ../shared/data/faces is present (they stay out of the repository).
    if (const QString faces = RegPoint::Tests::realFacesDir(); !faces.isEmpty())
        set += RegPoint::Tests::realFaceSet(
            faces, QStringLiteral(PHOTO_DIR "/faces.json"), inspector.profile(), nullptr);
    for (const RegPoint::Tests::LabelledPhoto &photo : std::as_const(set)) {
        const QString name = photo.name.contains(u'.') ? photo.name : photo.name + QStringLiteral(".jpg");
        QFile file(out.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(photo.file) != photo.file.size())
            return 1;
        QJsonObject expected;
        for (auto it = photo.expected.begin(); it != photo.expected.end(); ++it)
            expected.insert(it.key(), it.value());
        labels.insert(name, expected);
    }
    QFile labelFile(out.filePath(QStringLiteral("labels.json")));
    if (!labelFile.open(QIODevice::WriteOnly))
        return 1;
    labelFile.write(QJsonDocument(labels).toJson());
    std::printf("%lld photos written to %s\n", qlonglong(labels.size()), argv[1]);
    return 0;
}
