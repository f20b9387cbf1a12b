// A heuristic for text a user sees that never reaches lupdate: a literal with
// words passed straight to a text setter (setText, setWindowTitle, addAction,
// QMessageBox::warning, new QLabel(...), ...) in ui/ and app/, not via tr().
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

namespace {

// Literals that are no words, found by this heuristic and checked by hand.
const QStringList kNotText{
    QStringLiteral("MMM yyyy"),       // a date format (month names come from the chart's locale)
    QStringLiteral("lotbook-cli %1"), // the program's name and version
};

// Comments blanked out (line numbers kept), so commented-out code is not reported.
QString withoutComments(const QString &source)
{
    static const QRegularExpression comments(QStringLiteral(R"(/\*[\s\S]*?\*/|//[^\n]*)"));
    QString out = source;
    for (auto it = comments.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        QString blank = m.captured();
        for (QChar &c : blank)
            if (c != QLatin1Char('\n'))
                c = QLatin1Char(' ');
        out.replace(m.capturedStart(), m.capturedLength(), blank);
    }
    return out;
}

// Two letters in a row once tags, %1-style arguments, entities and escapes are gone.
bool hasWords(const QString &literal)
{
    static const QRegularExpression noise(QStringLiteral(R"(<[^>]*>|%L?\d+|%n|&\w+;|\\[ntr])"));
    static const QRegularExpression words(QStringLiteral("[A-Za-z]{2}"));
    QString text = literal;
    text.replace(noise, QStringLiteral(" "));
    return words.match(text).hasMatch();
}

// "file:line: call" for every untranslated literal in `source`.
QStringList untranslatedLiterals(const QString &fileName, const QString &source)
{
    static const QRegularExpression call(QStringLiteral(
        // a text setter, or a widget constructed with its text ...
        R"re((?:\b(?:setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|)re"
        R"re(setTitle|setLabelText|setSpecialValueText|setSuffix|setPrefix|showMessage|addAction|)re"
        R"re(addMenu|addTab|insertTab|setTabText|addItem|addItems|insertItem|setItemText|)re"
        R"re(setHeaderLabels|setHorizontalHeaderLabels|setInformativeText|setDetailedText|)re"
        R"re(information|warning|critical|question|about|addButton|addRow|setFormat|)re"
        R"re(setApplicationDescription|print|error))re"
        R"re(|\bnew\s+(?:QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QToolButton|)re"
        R"re(QMenu|QListWidgetItem|QTreeWidgetItem))\s*\()re"
        // ... optionally after other arguments (no string literal among them) ...
        R"re(((?:[^()";]|\([^()]*\))*?,\s*)?)re"
        // ... given a literal, bare or wrapped, but not tr()'d.
        R"re((?:QStringLiteral|QLatin1String|QLatin1StringView|QString::fromUtf8|QString::fromLatin1|)re"
        R"re(QString|QStringView)?\s*\(?\s*u?"((?:[^"\\]|\\.)*)")re"));
    QStringList found;
    const QString code = withoutComments(source);
    for (auto it = call.globalMatch(code); it.hasNext();) {
        const auto m = it.next();
        const QString literal = m.captured(2);
        if (!hasWords(literal) || kNotText.contains(literal))
            continue;
        const int line = int(code.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
        found << QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(m.captured().simplified());
    }
    return found;
}

// The last argument of every exec(...) and sqlError(...) call, when it is a bare
// literal: the activity ("saving the lot") SqlError puts into its messages,
// which must be marked QT_TRANSLATE_NOOP("SqlError", ...) to be translated.
QStringList unmarkedActivities(const QString &fileName, const QString &source)
{
    static const QRegularExpression callStart(
        QStringLiteral(R"re((?<![\w.>:])(exec|sqlError)\()re"));
    static const QRegularExpression bareLiteral(
        QStringLiteral(R"re(^"[^"\\]*[a-z]{2}[^"\\]*"$)re"));
    const QString code = withoutComments(source);
    QStringList found;
    for (auto it = callStart.globalMatch(code); it.hasNext();) {
        const auto m = it.next();
        qsizetype argStart = m.capturedEnd();
        int depth = 1;
        int args = 0;
        bool inString = false;
        QString lastArg;
        for (qsizetype i = argStart; i < code.size() && depth > 0; ++i) {
            const QChar c = code.at(i);
            if (inString) {
                if (c == QLatin1Char('\\'))
                    ++i;
                else if (c == QLatin1Char('"'))
                    inString = false;
            } else if (c == QLatin1Char('"')) {
                inString = true;
            } else if (c == QLatin1Char('(') || c == QLatin1Char('{') || c == QLatin1Char('[')) {
                ++depth;
            } else if (c == QLatin1Char(')') || c == QLatin1Char('}') || c == QLatin1Char(']')) {
                if (--depth == 0) {
                    lastArg = code.mid(argStart, i - argStart).trimmed();
                    ++args;
                }
            } else if (c == QLatin1Char(',') && depth == 1) {
                argStart = i + 1;
                ++args;
            }
        }
        if (args >= 2 && bareLiteral.match(lastArg).hasMatch()) {
            const int line = int(code.left(m.capturedStart()).count(QLatin1Char('\n'))) + 1;
            found << QStringLiteral("%1:%2: %3(..., %4)")
                         .arg(fileName)
                         .arg(line)
                         .arg(m.captured(1), lastArg);
        }
    }
    return found;
}

} // namespace

TEST_CASE("the literal-text heuristic reports untranslated text and only that")
{
    const auto hits = [](const char *code) {
        return untranslatedLiterals(QStringLiteral("x.cpp"), QString::fromUtf8(code)).size();
    };
    CHECK(hits(R"(label->setText(QStringLiteral("Saved all lots"));)") == 1);
    CHECK(hits(R"(setWindowTitle("Import lots");)") == 1);
    CHECK(hits(R"(menu->addAction(QIcon(), QStringLiteral("&Open"));)") == 1);
    CHECK(hits(R"(QMessageBox::warning(this, title, QStringLiteral("Could not save."));)") == 1);
    CHECK(hits(R"(auto *b = new QPushButton(QStringLiteral("Restore"), this);)") == 1);
    CHECK(hits(R"(label->setText(tr("Saved all lots"));)") == 0);
    CHECK(hits(R"(label->setText(QStringLiteral("%1 / %2").arg(a, b));)") == 0);
    CHECK(hits(R"(label->setText(QStringLiteral("<b>%1</b>").arg(name));)") == 0);
    CHECK(hits(R"(edit->setObjectName(QStringLiteral("lotNumberEdit"));)") == 0);
    CHECK(hits(R"(// label->setText(QStringLiteral("Old text"));)") == 0);
    CHECK(hits(R"(QMessageBox::warning(this, tr("Title"), tr("Could not save %1.").arg(f));)") ==
          0);

    const auto activities = [](const char *code) {
        return unmarkedActivities(QStringLiteral("x.cpp"), QString::fromUtf8(code)).size();
    };
    CHECK(activities(R"(if (!exec(q, sql, {id, name}, "saving the lot")) return;)") == 1);
    CHECK(activities("return sqlError(q,\n    \"reading lots\");") == 1);
    CHECK(activities(R"(exec(q, sql, {}, QT_TRANSLATE_NOOP("SqlError", "saving the lot"));)") == 0);
    CHECK(activities(R"(dialog.exec(); query.exec(QStringLiteral("SELECT 1"));)") == 0);
}

TEST_CASE("every activity named to exec() and sqlError() is marked for translation")
{
    const QDir root(QStringLiteral(LOTBOOK_SOURCE_DIR));
    QStringList found;
    for (const char *folder : {"core", "ui", "reports", "app"}) {
        QDirIterator it(root.filePath(QString::fromUtf8(folder)), {QStringLiteral("*.cpp")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            found << unmarkedActivities(root.relativeFilePath(file.fileName()),
                                        QString::fromUtf8(file.readAll()));
        }
    }
    INFO("Mark these QT_TRANSLATE_NOOP(\"SqlError\", ...):\n"
         << found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}

TEST_CASE("ui/, reports/ and app/ pass no literal text to the screen without tr()")
{
    const QDir root(QStringLiteral(LOTBOOK_SOURCE_DIR));
    QStringList found;
    int files = 0;
    for (const char *folder : {"ui", "reports", "app"}) {
        QDirIterator it(root.filePath(QString::fromUtf8(folder)),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            REQUIRE(file.open(QIODevice::ReadOnly));
            ++files;
            found << untranslatedLiterals(root.relativeFilePath(file.fileName()),
                                          QString::fromUtf8(file.readAll()));
        }
    }
    CHECK(files > 20);
    INFO("Wrap these in tr() (or add a literal that is no text to kNotText):\n"
         << found.join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}
