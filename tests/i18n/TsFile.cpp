#include "TsFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace lotbook::test {

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
            } else if (name == QLatin1String("name") && !inMessage) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                inMessage = true;
                message = TsMessage{};
                message.context = context;
                message.numerus =
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages << message;
            inMessage = false;
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

LupdateRun runLupdateOnCopy(const QString &tsPath, bool pluralOnly)
{
    LupdateRun run;
    QTemporaryDir dir;
    const QString copy = dir.filePath(QFileInfo(tsPath).fileName());
    if (!dir.isValid() || !QFile::copy(tsPath, copy)) {
        run.updated.error = QStringLiteral("cannot copy %1").arg(tsPath);
        return run;
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    QStringList arguments{QStringLiteral("-silent")};
    if (pluralOnly)
        arguments << QStringLiteral("-pluralonly");
    arguments << QString::fromUtf8(LOTBOOK_LUPDATE_ARGS).split(QLatin1Char('|'));
    arguments << QStringLiteral("-ts") << copy;
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(LOTBOOK_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(LOTBOOK_LUPDATE_PATH), arguments);
    if (!lupdate.waitForFinished(300000)) {
        run.updated.error = QStringLiteral("lupdate did not finish: %1").arg(lupdate.errorString());
        return run;
    }
    run.exitCode = lupdate.exitCode();
    // Warnings name a file and line: "core/X.cpp:12: Cannot invoke tr() like this".
    static const QRegularExpression warning(QStringLiteral("^\\S+:\\d+: "));
    const QString output = QString::fromUtf8(lupdate.readAll());
    for (const QString &line : output.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (warning.match(line).hasMatch())
            run.warnings << line;
    run.updated = readTs(copy);
    return run;
}

QString translationSource(const char *name)
{
    return QStringLiteral(LOTBOOK_SOURCE_DIR "/resources/translations/") + QString::fromUtf8(name);
}

} // namespace lotbook::test
